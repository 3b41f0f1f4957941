import rule from '../../../rules/auth/authorizer-cache-without-identity-source.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const rest = { flavour: 'rest' } as const;
const http = { flavour: 'http' } as const;

// DG configure-api-gateway-lambda-authorization: identity sources are required for request
// authorizers when caching is enabled.
ruleTester(rule, {
  valid: [
    { name: 'TTL 0 passes', code: authorizerDoc({ type: 'request', authorizerResultTtlInSeconds: 0 }), options: rest },
    {
      name: 'an identity source passes',
      code: authorizerDoc({ type: 'request', identitySource: 'method.request.header.X' }),
      options: rest,
    },
    { name: 'HTTP request authorizer without TTL passes', code: authorizerDoc({ type: 'request' }), options: http },
  ],
  invalid: [
    {
      name: 'REST request authorizer with default TTL and no source',
      code: authorizerDoc({ type: 'request' }),
      options: rest,
      errors: [{ path: AUTHORIZER, line: 10, message: /defaults to 300/ }],
    },
    {
      name: 'HTTP request authorizer with TTL 300 and no source',
      code: authorizerDoc({ type: 'request', authorizerResultTtlInSeconds: 300 }),
      options: http,
      errors: [{ path: `${AUTHORIZER}.authorizerResultTtlInSeconds`, line: 12 }],
    },
  ],
});
