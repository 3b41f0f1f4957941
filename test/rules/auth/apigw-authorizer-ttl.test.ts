import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-ttl.js';

// DG api-gateway-swagger-extensions-authorizer: authorizerResultTtlInSeconds 0..3600.
test('TTL above 3600 is an error', async () => {
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
        authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
        authorizerResultTtlInSeconds: 7200
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-ttl',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds',
        13,
      ],
    ],
  );
  assert.match(results[0].message, /7200; API Gateway accepts 0 \(no caching\) to 3600/);
});

test('negative and fractional TTLs are errors', async () => {
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
        authorizerResultTtlInSeconds: 1.5
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-ttl',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds',
        12,
      ],
    ],
  );
});

test('0, 3600 and an intrinsic pass', async () => {
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
        authorizerResultTtlInSeconds: 3600
    other:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerResultTtlInSeconds: {Ref: Ttl}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
