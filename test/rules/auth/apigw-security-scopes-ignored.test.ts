import rule from '../../../rules/auth/security-scopes-ignored.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const doc = (scheme: string, requirement: string) =>
  oas3(`paths:
  /pets:
    get:
      security: [${requirement}]
      x-amazon-apigateway-integration: {type: mock}
components:
  securitySchemes:
${scheme}`);
const LAMBDA = `    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token, authorizerUri: ${LAMBDA_URI}}
`;
const COGNITO = `    cognito:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: cognito_user_pools, providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x']}
`;
const JWT = `    jwt:
      type: oauth2
      flows: {}
      x-amazon-apigateway-authorizer: {type: jwt, identitySource: $request.header.Authorization, jwtConfiguration: {issuer: 'https://example.com', audience: [a]}}
`;

// API Method.authorizationScopes (Cognito) and v2 Route.AuthorizationScopes (JWT).
ruleTester(rule, {
  valid: [
    { name: 'REST: scopes on a Cognito authorizer', code: doc(COGNITO, '{cognito: [pets/read]}') },
    { name: 'REST: a Lambda authorizer without scopes', code: doc(LAMBDA, '{lambda: []}') },
    { name: 'HTTP: scopes on a JWT authorizer', code: doc(JWT, '{jwt: [pets/read]}'), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'REST: scopes on a Lambda authorizer are ignored',
      code: doc(LAMBDA, '{lambda: [pets/read]}'),
      errors: [
        {
          path: 'paths./pets.get.security.0.lambda',
          line: 6,
          message:
            /GET \/pets lists scopes \["pets\/read"\] for 'lambda', a lambda scheme; API Gateway checks scopes only with a Cognito user pool authorizer/,
        },
      ],
    },
  ],
});
