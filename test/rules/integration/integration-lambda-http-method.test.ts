import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-lambda-http-method.js';

const doc = (method: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
${method}        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
`;

test('flags GET toward a Lambda function', async () => {
  const r = await runRules(rule, doc('        httpMethod: GET\n'));
  assert.deepEqual(r.map((x) => [x.code, x.path, x.line]), [['apigw-integration-lambda-http-method', 'paths./pets.get.x-amazon-apigateway-integration.httpMethod', 8]]);
  assert.match(r[0].message, /must use `httpMethod: POST`, not "GET"/);
});

test('flags a Lambda integration without httpMethod', async () => {
  const r = await runRules(rule, doc(''));
  assert.deepEqual(r.map((x) => [x.path, x.line]), [['paths./pets.get.x-amazon-apigateway-integration', 6]]);
});

test('accepts POST (any case) and non-Lambda backends with GET', async () => {
  assert.deepEqual(await runRules(rule, doc('        httpMethod: post\n')), []);
  const http = doc('        httpMethod: GET\n').replace(/uri: .*/, 'uri: https://example.com/pets').replace('aws_proxy', 'http_proxy');
  assert.deepEqual(await runRules(rule, http), []);
});
