import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-identity-validation-expression.js';

// DG api-gateway-swagger-extensions-authorizer: identityValidationExpression is a regular expression.
test('unbalanced group', async () => {
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
        identityValidationExpression: '^Bearer (.*'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-identity-validation-expression',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identityValidationExpression',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /is not a valid regular expression/);
});

test('Java-only constructs compile', async () => {
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
        identityValidationExpression: '(?i)\\\\ABearer [A-Za-z0-9._-]++\\\\z'
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
