import rule from '../../../rules/auth/authorizer-identity-source.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const SOURCE = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identitySource';
const rest = { flavour: 'rest' } as const;
const http = { flavour: 'http' } as const;

// DG api-gateway-swagger-extensions-authorizer and DG http-api-lambda-authorizer: identitySource syntax per API type.
ruleTester(rule, {
  valid: [
    {
      name: 'valid sources pass (REST request list, empty)',
      code: authorizerDoc(
        {
          type: 'request',
          identitySource:
            'method.request.header.Auth, method.request.querystring.q, context.sourceIp, stageVariables.s',
        },
        {
          otherSchemes:
            "b:\n  type: apiKey\n  name: x\n  in: header\n  x-amazon-apigateway-authorizer:\n    type: token\n    identitySource: ''\n",
        },
      ),
      options: rest,
    },
    {
      name: 'HTTP jwt with a query source passes',
      code: authorizerDoc({ type: 'jwt', identitySource: '$request.querystring.token' }, { schemeType: 'oauth2' }),
      options: http,
    },
  ],
  invalid: [
    {
      name: 'HTTP syntax in a REST authorizer',
      code: authorizerDoc({ type: 'request', identitySource: '$request.header.Authorization' }),
      options: rest,
      errors: [{ path: SOURCE, line: 12, message: /is HTTP API syntax; REST APIs write method.request.header/ }],
    },
    {
      name: 'token authorizer with two sources',
      code: authorizerDoc({ type: 'token', identitySource: 'method.request.header.A, method.request.header.B' }),
      options: rest,
      errors: [{ path: SOURCE, line: 12, message: /exactly one header; identitySource has 2 entries/ }],
    },
    {
      name: 'REST syntax in an HTTP authorizer',
      code: authorizerDoc({ type: 'request', identitySource: 'method.request.header.Authorization' }),
      options: http,
      errors: [{ path: SOURCE, line: 12, message: /is REST API syntax; HTTP APIs write \$request.header/ }],
    },
  ],
});
