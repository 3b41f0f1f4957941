import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/authorizer-cognito-provider-arns.js';

// DG apigateway-enable-cognito-user-pool: providerARNs are user pool ARNs.
test('missing providerARNs', async () => {
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
        type: cognito_user_pools
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-authorizer-cognito-provider-arns', 'components.securitySchemes.auth.x-amazon-apigateway-authorizer', 10]],
  );
});

test('malformed ARN', async () => {
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
        type: cognito_user_pools
        providerARNs:
          - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc
          - us-east-1_Abc
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-authorizer-cognito-provider-arns',
        'components.securitySchemes.auth.x-amazon-apigateway-authorizer.providerARNs.1',
        14,
      ],
    ],
  );
  assert.match(results[0].message, /is not a Cognito user pool ARN/);
});

test('placeholders pass', async () => {
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
        type: cognito_user_pools
        providerARNs:
          - {'Fn::Sub': 'arn:aws:cognito-idp:\${AWS::Region}:\${AWS::AccountId}:userpool/\${Pool}'}
          - {'Fn::GetAtt': [Pool, Arn]}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
