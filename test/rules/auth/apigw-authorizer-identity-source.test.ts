import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-identity-source.js';

// DG api-gateway-swagger-extensions-authorizer and DG http-api-lambda-authorizer: identitySource syntax per API type.
test('HTTP syntax in a REST authorizer', async () => {
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
        type: request
        identitySource: $request.header.Authorization
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-source',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identitySource',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /is HTTP API syntax; REST APIs write method.request.header/);
});

test('token authorizer with two sources', async () => {
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
        identitySource: method.request.header.A, method.request.header.B
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-source',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identitySource',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /exactly one header; identitySource has 2 entries/);
});

test('REST syntax in an HTTP authorizer', async () => {
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
        type: request
        identitySource: method.request.header.Authorization
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-source',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identitySource',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /is REST API syntax; HTTP APIs write \$request.header/);
});

test('valid sources pass (REST request list, HTTP jwt, empty)', async () => {
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
        type: request
        identitySource: method.request.header.Auth, method.request.querystring.q, context.sourceIp, stageVariables.s
    b:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        identitySource: ''
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

test('HTTP jwt with a query source passes', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: oauth2
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: jwt
        identitySource: $request.querystring.token
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
