import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-jwt-audience.js';

// DG http-api-quotas: at most 50 audiences per JWT authorizer.
test('audience as a string', async () => {
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
        jwtConfiguration:
          issuer: https://id.example.com
          audience: my-client
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-jwt-audience',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.jwtConfiguration.audience',
        14,
      ],
    ],
  );
});

test('51 audiences', async () => {
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
        jwtConfiguration:
          issuer: https://id.example.com
          audience: [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50]
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-jwt-audience',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.jwtConfiguration.audience',
        14,
      ],
    ],
  );
  assert.match(results[0].message, /51 entries; a JWT authorizer accepts at most 50/);
});

test('a list passes', async () => {
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
        jwtConfiguration:
          issuer: https://id.example.com
          audience: [a, b]
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
