import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-simple-responses.js';

// DG http-api-lambda-authorizer: simple responses need payload format 2.0.
test('simple responses with format 1.0', async () => {
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
        authorizerPayloadFormatVersion: '1.0'
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-simple-responses',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.enableSimpleResponses',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /needs authorizerPayloadFormatVersion "2.0" \(it is "1.0"\)/);
});

test('invalid version', async () => {
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
        authorizerPayloadFormatVersion: '3.0'
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-simple-responses',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerPayloadFormatVersion',
        12,
      ],
    ],
  );
});

test('format 2.0 passes', async () => {
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

// API reference (v2) Authorizer.AuthorizerPayloadFormatVersion: required for HTTP API Lambda authorizers.
test('an HTTP API Lambda authorizer without authorizerPayloadFormatVersion', async () => {
  const doc = (flavourLine: string) => `openapi: 3.0.1
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
${flavourLine}`;
  const results = await runRules(rule, doc(''), { flavour: 'http' });
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-simple-responses', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer', 10]],
  );
  assert.match(results[0].message, /needs authorizerPayloadFormatVersion/);
  assert.deepEqual(
    await runRules(rule, doc("        authorizerPayloadFormatVersion: '2.0'\n"), { flavour: 'http' }),
    [],
  );
  assert.deepEqual(await runRules(rule, doc(''), { flavour: 'rest' }), []);
});
