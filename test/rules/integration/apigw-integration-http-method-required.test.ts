import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-http-method-required.js';

const doc = (type: string, method = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: ${type}
        uri: https://example.com/pets
${method}`;

test('flags an HTTP integration without httpMethod', async () => {
  const r = await runRules(rule, doc('http_proxy'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-http-method-required', 'paths./pets.get.x-amazon-apigateway-integration', 6]],
  );
  assert.match(r[0].message, /http_proxy integration has no `httpMethod`/);
});

test('accepts MOCK without httpMethod and others with one', async () => {
  assert.deepEqual(await runRules(rule, doc('mock')), []);
  assert.deepEqual(await runRules(rule, doc('http', '        httpMethod: GET\n')), []);
});
