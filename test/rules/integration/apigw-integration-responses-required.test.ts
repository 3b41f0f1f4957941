import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-responses-required.js';

const doc = (type: string, responses = '') => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:dynamodb:action/Scan
${responses}`;

test('flags a non-proxy integration without responses', async () => {
  const r = await runRules(rule, doc('aws'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-responses-required', 'paths./items.get.x-amazon-apigateway-integration', 6]],
  );
  assert.match(r[0].message, /aws integration has no `responses`: every call would fail with 500/);
});

test('accepts responses, proxy integrations and HTTP APIs', async () => {
  assert.deepEqual(
    await runRules(rule, doc('aws', "        responses:\n          default: {statusCode: '200'}\n")),
    [],
  );
  assert.deepEqual(await runRules(rule, doc('aws_proxy')), []);
  assert.deepEqual(await runRules(rule, doc('http_proxy'), { flavour: 'http' }), []);
});
