import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-type.js';

// DG api-gateway-swagger-extensions-authorizer: REST token/request/cognito_user_pools, HTTP request/jwt.
test('jwt in a REST API', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: jwt
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-type', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.type', 11]],
  );
  assert.match(results[0].message, /JWT authorizers exist only in HTTP APIs/);
});

test('token in an HTTP API', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: token
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-type', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.type', 11]],
  );
  assert.match(results[0].message, /HTTP APIs have no token authorizers/);
});

test('unknown type and missing type', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: lambda
    b:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        identitySource: method.request.header.X
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-authorizer-type', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.type', 11],
      ['apigw-authorizer-type', 'components.securitySchemes.b.x-amazon-apigateway-authorizer', 16],
    ],
  );
});

test('valid types, any case', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: TOKEN
    b:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        type: cognito_user_pools
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
