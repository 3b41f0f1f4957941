import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-selection-pattern.js';

const doc = (key: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses: {'200': {description: ok}, '400': {description: bad}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        responses:
          default: {statusCode: '200'}
          ${key}: {statusCode: '400'}
`;

// DG api-gateway-swagger-extensions-integration-response: the key is a (Java) regular expression.
test('a response key that is not a valid Java regular expression', async () => {
  const r = await runRules(rule, doc("'.*[Bad Request.*'"), { flavour: 'rest' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-selection-pattern',
        'paths./pets.get.x-amazon-apigateway-integration.responses..*[Bad Request.*',
        13,
      ],
    ],
  );
  assert.match(r[0].message, /is not a valid Java regular expression/);
});

test('valid patterns (Java-only syntax included) pass', async () => {
  assert.deepEqual(await runRules(rule, doc("'.*\\\\[Bad Request\\\\].*'"), { flavour: 'rest' }), []);
  assert.deepEqual(await runRules(rule, doc("'(?i).*not found.*'"), { flavour: 'rest' }), []);
  assert.deepEqual(await runRules(rule, doc("'4\\\\d{2}'"), { flavour: 'rest' }), []);
});
