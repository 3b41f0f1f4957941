import rule from '../../../rules/auth/authorizer-ttl.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const TTL = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds';
const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';

// DG api-gateway-swagger-extensions-authorizer: authorizerResultTtlInSeconds 0..3600.
ruleTester(rule, {
  valid: [
    {
      name: '0, 3600 and an intrinsic pass',
      code: authorizerDoc(
        { type: 'token', authorizerResultTtlInSeconds: 3600 },
        {
          otherSchemes: `other:
  type: apiKey
  name: x
  in: header
  x-amazon-apigateway-authorizer:
    type: token
    authorizerResultTtlInSeconds: {Ref: Ttl}
`,
        },
      ),
    },
    { name: 'TTL 0 (no caching)', code: authorizerDoc({ type: 'request', authorizerResultTtlInSeconds: 0 }) },
  ],
  invalid: [
    {
      name: 'TTL above 3600 is an error',
      code: authorizerDoc({ type: 'token', authorizerUri: LAMBDA_URI, authorizerResultTtlInSeconds: 7200 }),
      errors: [{ path: TTL, line: 13, message: /7200; API Gateway accepts 0 \(no caching\) to 3600/ }],
    },
    {
      name: 'fractional TTL is an error',
      code: authorizerDoc({ type: 'request', authorizerResultTtlInSeconds: 1.5 }),
      errors: [{ path: TTL, line: 12 }],
    },
    {
      name: 'negative TTL is an error',
      code: authorizerDoc({ type: 'request', authorizerResultTtlInSeconds: -1 }),
      errors: [{ path: TTL, line: 12 }],
    },
  ],
});
