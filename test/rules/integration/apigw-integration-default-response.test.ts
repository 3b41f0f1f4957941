import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-default-response.js';

const doc = (key: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/items
        responses:
          ${key}: {statusCode: '200'}
`;

test('flags integration responses without default', async () => {
  const r = await runRules(rule, doc('"2\\\\d{2}"'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-default-response', 'paths./items.get.x-amazon-apigateway-integration.responses', 10]],
  );
  assert.match(r[0].message, /matching none of "2\\d\{2\}" becomes a 500/);
});

test('accepts responses with default', async () => {
  assert.deepEqual(await runRules(rule, doc('default')), []);
});
