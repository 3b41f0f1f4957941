import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-uri.js';

// DG api-gateway-swagger-extensions-authorizer: authorizerUri format.
test('function ARN instead of invocation URI', async () => {
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
        authorizerUri: arn:aws:lambda:us-east-1:123456789012:function:auth
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-uri', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerUri', 12]],
  );
  assert.match(results[0].message, /need the invocation URI/);
});

test('missing URI', async () => {
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
    [['apigw-authorizer-uri', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer', 10]],
  );
});

test('well-formed, Sub with AWS variables, GetAtt-based placeholders pass', async () => {
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
    b:
      type: apiKey
      name: x
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: {'Fn::Sub': 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations'}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
