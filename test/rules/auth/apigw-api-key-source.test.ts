import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/api-key-source.js';

// DG api-gateway-swagger-extensions-api-key-source: HEADER or AUTHORIZER.
test('AUTHORIZER source on a method without a Lambda authorizer', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: AUTHORIZER
paths:
  /a:
    get:
      security:
        - api_key: []
      responses: {}
  /b:
    get:
      security:
        - api_key: []
          lambda: []
      responses: {}
components:
  securitySchemes:
    api_key: {type: apiKey, name: x-api-key, in: header}
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-api-key-source', 'paths./a.get.security', 7]],
  );
  assert.match(results[0].message, /every call gets 403/);
});

test('invalid value', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: QUERY
paths:
  /a:
    get:
      security:
        - api_key: []
      responses: {}
  /b:
    get:
      security:
        - api_key: []
          lambda: []
      responses: {}
components:
  securitySchemes:
    api_key: {type: apiKey, name: x-api-key, in: header}
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-api-key-source', 'x-amazon-apigateway-api-key-source', 3]],
  );
});

test('HEADER passes', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
paths:
  /a:
    get:
      security:
        - api_key: []
      responses: {}
  /b:
    get:
      security:
        - api_key: []
          lambda: []
      responses: {}
components:
  securitySchemes:
    api_key: {type: apiKey, name: x-api-key, in: header}
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
