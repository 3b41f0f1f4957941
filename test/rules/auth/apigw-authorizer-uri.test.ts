import rule from '../../../rules/auth/authorizer-uri.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const rest = { flavour: 'rest' } as const;

// DG api-gateway-swagger-extensions-authorizer: authorizerUri format.
ruleTester(rule, {
  valid: [
    {
      name: 'well-formed, Sub with AWS variables, GetAtt-based placeholders pass',
      code: authorizerDoc(
        {
          type: 'token',
          authorizerUri:
            'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
        },
        {
          otherSchemes: `b:
  type: apiKey
  name: x
  in: header
  x-amazon-apigateway-authorizer:
    type: token
    authorizerUri: {'Fn::Sub': 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations'}
`,
        },
      ),
      options: rest,
    },
  ],
  invalid: [
    {
      name: 'function ARN instead of invocation URI',
      code: authorizerDoc({ type: 'token', authorizerUri: 'arn:aws:lambda:us-east-1:123456789012:function:auth' }),
      options: rest,
      errors: [{ path: `${AUTHORIZER}.authorizerUri`, line: 12, message: /need the invocation URI/ }],
    },
    {
      name: 'missing URI',
      code: authorizerDoc({ type: 'request' }),
      options: rest,
      errors: [{ path: AUTHORIZER, line: 10 }],
    },
  ],
});
