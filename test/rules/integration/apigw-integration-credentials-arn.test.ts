import rule from '../../../rules/integration/integration-credentials-arn.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** `credentials` written as is (placeholders, intrinsics), at line 8. */
const doc = (credentials: string) => integrationDoc(`type: aws\ncredentials: ${credentials}`, { path: '/items' });
const AT = { path: 'paths./items.get.x-amazon-apigateway-integration.credentials', line: 8 };

// DG api-gateway-swagger-extensions-integration: credentials is an IAM role ARN (or arn:aws:iam::*:user/* for the caller's).
ruleTester(rule, {
  valid: [
    'arn:aws:iam::123456789012:role/apigw-dynamodb',
    'arn:aws:iam::*:user/*',
    'arn:aws-cn:iam::${AWS::AccountId}:role/x',
    '!GetAtt ApiRole.Arn',
    '"${role_arn}"',
    '{"Fn::GetAtt": [ApiRole, Arn]}',
  ].map((c) => ({ name: c, code: doc(c) })),
  invalid: [
    {
      name: 'an IAM user ARN',
      code: doc('arn:aws:iam::123456789012:user/deployer'),
      errors: [{ ...AT, message: /IAM users cannot be assumed; use a role/ }],
    },
    {
      name: 'a non-IAM ARN',
      code: doc('arn:aws:lambda:us-east-1:123456789012:function:f'),
      errors: [{ ...AT, message: /not an IAM ARN at all/ }],
    },
  ],
});
