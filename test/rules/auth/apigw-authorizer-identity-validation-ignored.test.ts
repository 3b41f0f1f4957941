import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-identity-validation-ignored.js';

// BOTO-V1 CreateAuthorizerRequest.identityValidationExpression: not used for REQUEST; BOTO-V2: not used.
test('request authorizer in a REST API', async () => {
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
        identitySource: method.request.header.A
        identityValidationExpression: '^x$'
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-validation-ignored',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identityValidationExpression',
        13,
      ],
    ],
  );
});

test('any HTTP authorizer', async () => {
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
        identityValidationExpression: '^x$'
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-validation-ignored',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identityValidationExpression',
        12,
      ],
    ],
  );
});

test('token authorizer uses it', async () => {
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
        identityValidationExpression: '^x$'
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
