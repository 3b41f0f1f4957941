import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/body-validation-without-schema.js';

// DG api-gateway-method-request-validation: body validation uses the request model.
test('explicit body validators without a schema', async () => {
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
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-body-validation-without-schema', 'paths./a.post.x-amazon-apigateway-request-validator', 11],
      ['apigw-body-validation-without-schema', 'paths./b.get.x-amazon-apigateway-request-validator', 15],
    ],
  );
  assert.match(
    results[0].message,
    /POST \/a uses validator body \(validateRequestBody: true\) but declares no request body schema/,
  );
});

test('a root default with body validation only concerns POST/PUT/PATCH', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  params: {validateRequestBody: false, validateRequestParameters: true}
  body: {validateRequestBody: true, validateRequestParameters: false}
x-amazon-apigateway-request-validator: all
paths:
  /a:
    post:
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
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-body-validation-without-schema', 'paths./a.post', 10]],
  );
});
