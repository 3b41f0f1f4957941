import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/request-validator-unused.js';

// DG api-gateway-swagger-extensions-request-validators.
test('validator nobody references', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  params: {validateRequestBody: false, validateRequestParameters: true}
  body: {validateRequestBody: true, validateRequestParameters: false}
x-amazon-apigateway-request-validator: params
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: body
      responses: {}
  /b:
    get:
      responses: {}
  /c:
    put:
      x-amazon-apigateway-request-validator: body
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses: {}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-request-validator-unused', 'x-amazon-apigateway-request-validators.all', 4]],
  );
  assert.match(results[0].message, /Request validator all is not used/);
});

test('root default and operations count as uses', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  params: {validateRequestBody: false, validateRequestParameters: true}
  body: {validateRequestBody: true, validateRequestParameters: false}
x-amazon-apigateway-request-validator: params
paths:
  /a:
    post:
      x-amazon-apigateway-request-validator: body
      responses: {}
  /b:
    get:
      x-amazon-apigateway-request-validator: all
      responses: {}
  /c:
    put:
      x-amazon-apigateway-request-validator: body
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses: {}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
