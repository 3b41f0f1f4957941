import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-tls-skip-verification.js';

const doc = (value: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        tlsConfig:
          insecureSkipVerification: ${value}
`;

test('flags insecureSkipVerification: true', async () => {
  const r = await runRules(rule, doc('true'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-tls-skip-verification',
        'paths./pets.get.x-amazon-apigateway-integration.tlsConfig.insecureSkipVerification',
        9,
      ],
    ],
  );
});

test('accepts false', async () => {
  assert.deepEqual(await runRules(rule, doc('false')), []);
});
