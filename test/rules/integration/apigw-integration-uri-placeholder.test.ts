import rule from '../../../rules/integration/integration-uri-placeholder.js';
import { ruleTester } from '../../support/rule-tester.js';

// Kept as written: the authorizer before the paths pins the lines of both findings.

const doc = (
  uri: string,
  authorizerUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
) => `openapi: 3.0.1
info: {title: t, version: '1'}
components:
  securitySchemes:
    auth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: ${authorizerUri}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: ${uri}
`;

const AUTHORIZER_URI = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.authorizerUri';
const URI = 'paths./a.get.x-amazon-apigateway-integration.uri';

ruleTester(rule, {
  valid: [
    'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}/invocations',
    'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:ORDERS/invocations',
    'arn:aws:apigateway:{{region}}:lambda:path/2015-03-31/functions/{{fnArn}}/invocations',
    'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue',
    'https://example.com/{proxy}',
    'https://${stageVariables.host}/items',
  ].map((uri) => ({ name: `real values, upper-case names, deploy-time placeholders: ${uri}`, code: doc(uri) })),
  invalid: [
    {
      name: 'example account, region and function-name text left in URIs',
      code: doc(
        'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:ACCOUNT_ID:function:myFunction/invocations',
        'arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/arn:aws:lambda:REGION:123456789012:function:YOUR_FUNCTION_NAME/invocations',
      ),
      errors: [
        {
          path: AUTHORIZER_URI,
          line: 11,
          message:
            /authorizerUri still holds placeholder text "REGION", "YOUR_FUNCTION_NAME"; API Gateway takes it literally/,
        },
        { path: URI, line: 19, message: /uri still holds placeholder text "ACCOUNT_ID"/ },
      ],
    },
    {
      name: 'an angle-bracket host',
      code: doc('https://<your-api-host>/items'),
      errors: [{ path: URI, line: 19, message: /^uri still holds placeholder text "<your-api-host>"/ }],
    },
  ],
});
