import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-type.js';

const doc = (type: string, extra = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: POST
        uri: https://example.com${extra}
`;

test('flags an unknown integration type', async () => {
  const r = await runRules(rule, doc('lambda'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-type', 'paths./pets.get.x-amazon-apigateway-integration.type', 7]],
  );
  assert.match(r[0].message, /Unknown integration type "lambda"; use one of AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK/);
});

test('flags REST-only types in an HTTP API', async () => {
  const r = await runRules(rule, doc('http'), { flavour: 'http' });
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['paths./pets.get.x-amazon-apigateway-integration.type', 7]],
  );
  assert.match(r[0].message, /HTTP APIs support only AWS_PROXY and HTTP_PROXY/);
});

test('flags a missing type at the integration', async () => {
  const r = await runRules(rule, doc('null').replace('type: null\n', ''));
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['paths./pets.get.x-amazon-apigateway-integration', 6]],
  );
});

test('accepts every REST type in either case, HTTP proxy types, and intrinsics', async () => {
  for (const t of ['aws', 'AWS_PROXY', 'http', 'HTTP_PROXY', 'mock'])
    assert.deepEqual(await runRules(rule, doc(t)), []);
  for (const t of ['aws_proxy', 'HTTP_PROXY']) assert.deepEqual(await runRules(rule, doc(t), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, doc('!Ref IntegrationType')), []);
  assert.deepEqual(await runRules(rule, doc('{"Fn::If": [c, AWS, HTTP]}')), []);
});
