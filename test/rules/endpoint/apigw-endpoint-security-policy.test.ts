import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/endpoint-security-policy.js';

const doc = (lines: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
${lines}`;

test('flags an enhanced policy without access mode', async () => {
  const r = await runRules(rule, doc('x-amazon-apigateway-security-policy: SecurityPolicy_TLS13_1_3_2025_09\n'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-endpoint-security-policy', 'x-amazon-apigateway-security-policy', 4]],
  );
  assert.match(r[0].message, /requires x-amazon-apigateway-endpoint-access-mode/);
});

test('flags an access mode with a legacy policy, and unknown values', async () => {
  const r = await runRules(
    rule,
    doc('x-amazon-apigateway-security-policy: TLS_1_2\nx-amazon-apigateway-endpoint-access-mode: STRICT\n'),
  );
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['x-amazon-apigateway-endpoint-access-mode', 5]],
  );
  assert.match(
    (await runRules(rule, doc('x-amazon-apigateway-security-policy: TLS_1_3\n')))[0].message,
    /Unknown security policy "TLS_1_3"/,
  );
});

test('accepts legacy alone and enhanced with a mode', async () => {
  assert.deepEqual(await runRules(rule, doc('x-amazon-apigateway-security-policy: TLS_1_2\n')), []);
  assert.deepEqual(
    await runRules(
      rule,
      doc(
        'x-amazon-apigateway-security-policy: SecurityPolicy_TLS13_1_2_2021_06\nx-amazon-apigateway-endpoint-access-mode: BASIC\n',
      ),
    ),
    [],
  );
});
