import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-cache-without-identity-source.js';

// DG configure-api-gateway-lambda-authorization: identity sources are required for request authorizers when caching is enabled.
test('REST request authorizer with default TTL and no source', async () => {
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
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-cache-without-identity-source',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer',
        10,
      ],
    ],
  );
  assert.match(results[0].message, /defaults to 300/);
});

test('HTTP request authorizer with TTL 300 and no source', async () => {
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
        authorizerResultTtlInSeconds: 300
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-cache-without-identity-source',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds',
        12,
      ],
    ],
  );
});

test('TTL 0 or an identity source passes', async () => {
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
        authorizerResultTtlInSeconds: 0
    b:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        type: request
        identitySource: method.request.header.X
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

test('HTTP request authorizer without TTL passes', async () => {
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
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
