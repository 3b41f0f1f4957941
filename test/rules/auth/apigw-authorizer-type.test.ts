import rule from '../../../rules/auth/authorizer-type.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const rest = { flavour: 'rest' } as const;
const http = { flavour: 'http' } as const;
/** A second scheme `b` (its authorizer at line 16) with these authorizer fields. */
const second = (fields: string) => ({
  otherSchemes: `b:\n  type: apiKey\n  name: x\n  in: header\n  x-amazon-apigateway-authorizer:\n    ${fields}\n`,
});

// DG api-gateway-swagger-extensions-authorizer: REST token/request/cognito_user_pools, HTTP request/jwt.
ruleTester(rule, {
  valid: [
    {
      name: 'valid types, any case',
      code: authorizerDoc({ type: 'TOKEN' }, second('type: cognito_user_pools')),
      options: rest,
    },
    {
      name: 'request and jwt in an HTTP API',
      code: authorizerDoc({ type: 'request' }, second('type: jwt')),
      options: http,
    },
  ],
  invalid: [
    {
      name: 'jwt in a REST API',
      code: authorizerDoc({ type: 'jwt' }),
      options: rest,
      errors: [{ path: `${AUTHORIZER}.type`, line: 11, message: /JWT authorizers exist only in HTTP APIs/ }],
    },
    {
      name: 'token in an HTTP API',
      code: authorizerDoc({ type: 'token' }),
      options: http,
      errors: [{ path: `${AUTHORIZER}.type`, line: 11, message: /HTTP APIs have no token authorizers/ }],
    },
    {
      name: 'unknown type and missing type',
      code: authorizerDoc({ type: 'lambda' }, second('identitySource: method.request.header.X')),
      options: rest,
      errors: [
        { path: `${AUTHORIZER}.type`, line: 11 },
        { path: 'components.securitySchemes.b.x-amazon-apigateway-authorizer', line: 16 },
      ],
    },
  ],
});
