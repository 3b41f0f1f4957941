import rule from '../../../rules/auth/preflight-authorized.js';
import { oas3, swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** The `lambda` token authorizer scheme under components (5 lines). */
const SCHEMES = `components:
  securitySchemes:
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`;

// A preflight carries the query string (and Origin / Access-Control-Request-*), never Authorization.
const requestAuthorizer = (identitySource: string) =>
  swagger2(`paths:
  /pets:
    options:
      security:
        - byQuery: []
      responses: {}
securityDefinitions:
  byQuery:
    type: apiKey
    name: Unused
    in: header
    x-amazon-apigateway-authtype: custom
    x-amazon-apigateway-authorizer:
      type: request
      identitySource: ${identitySource}
      authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
`);
const rest = { flavour: 'rest' } as const;

// DG how-to-cors: preflight requests carry no credentials.
ruleTester(rule, {
  valid: [
    {
      name: 'a REQUEST authorizer fed only by the query string does not block the preflight',
      code: requestAuthorizer('method.request.querystring.token'),
      options: rest,
    },
    {
      name: 'nor one fed by the query string, the method and Origin',
      code: requestAuthorizer('method.request.querystring.token, context.httpMethod, method.request.header.Origin'),
      options: rest,
    },
  ],
  invalid: [
    {
      name: 'authorizer and IAM on OPTIONS',
      code: oas3(`paths:
  /a:
    options:
      security:
        - lambda: []
      responses: {}
  /b:
    options:
      security: []
      responses: {}
  /c:
    options:
      x-amazon-apigateway-auth: {type: AWS_IAM}
      responses: {}
${SCHEMES}`),
      errors: [
        { path: 'paths./a.options.security', line: 6, message: /OPTIONS \/a requires a Lambda authorizer/ },
        { path: 'paths./c.options', line: 14 },
      ],
    },
    {
      name: 'HTTP root security reaches OPTIONS',
      code: `security:
  - lambda: []
openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    options:
      responses: {}
  /b:
    options:
      security: []
      responses: {}
  /c:
    options:
      responses: {}
${SCHEMES}`,
      options: { flavour: 'http' },
      errors: [
        { path: 'paths./a.options', line: 7, message: /\(from root security\)/ },
        { path: 'paths./c.options', line: 14 },
      ],
    },
    {
      name: 'a REQUEST authorizer that also reads Authorization blocks the preflight',
      code: requestAuthorizer('method.request.querystring.token, method.request.header.Authorization'),
      options: rest,
      errors: [{ path: 'paths./pets.options.security', line: 6 }],
    },
  ],
});
