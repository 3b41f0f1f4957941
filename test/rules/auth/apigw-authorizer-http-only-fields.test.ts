import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-http-only-fields.js';

// BOTO-V1 CreateAuthorizerRequest has no payload-format or simple-response fields.
test('HTTP fields on a REST authorizer', async () => {
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
        enableSimpleResponses: true
        authorizerPayloadFormatVersion: '2.0'
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-http-only-fields',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.enableSimpleResponses',
        13,
      ],
      [
        'apigw-authorizer-http-only-fields',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerPayloadFormatVersion',
        14,
      ],
    ],
  );
});

test('fine in an HTTP API', async () => {
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
        enableSimpleResponses: true
        authorizerPayloadFormatVersion: '2.0'
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
