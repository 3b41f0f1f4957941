import rule from '../../../rules/auth/authorizer-cognito-provider-arns.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';

// DG apigateway-enable-cognito-user-pool: providerARNs are user pool ARNs.
ruleTester(rule, {
  valid: [
    {
      name: 'placeholders pass',
      code: authorizerDoc(`type: cognito_user_pools
providerARNs:
  - {'Fn::Sub': 'arn:aws:cognito-idp:\${AWS::Region}:\${AWS::AccountId}:userpool/\${Pool}'}
  - {'Fn::GetAtt': [Pool, Arn]}`),
    },
  ],
  invalid: [
    {
      name: 'missing providerARNs',
      code: authorizerDoc({ type: 'cognito_user_pools' }),
      errors: [{ path: AUTHORIZER, line: 10 }],
    },
    {
      name: 'malformed ARN',
      code: authorizerDoc({
        type: 'cognito_user_pools',
        providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc', 'us-east-1_Abc'],
      }),
      errors: [{ path: `${AUTHORIZER}.providerARNs.1`, line: 14, message: /is not a Cognito user pool ARN/ }],
    },
  ],
});
