import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-jwt-issuer.js';

// DG http-api-jwt-authorizer: issuer is an https URL.
test('http issuer', async () => {
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
          issuer: http://example.com
          audience: [a]
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-jwt-issuer',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.jwtConfiguration.issuer',
        13,
      ],
    ],
  );
  assert.match(results[0].message, /is not an https URL/);
});

test('missing jwtConfiguration', async () => {
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
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-jwt-issuer', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer', 10]],
  );
});

test('openIdConnect scheme may omit the issuer; https issuer passes', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: openIdConnect
      openIdConnectUrl: https://id.example.com/.well-known/openid-configuration
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: jwt
        jwtConfiguration:
          audience: [a]
    b:
      type: oauth2
      x-amazon-apigateway-authorizer:
        type: jwt
        jwtConfiguration:
          issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
