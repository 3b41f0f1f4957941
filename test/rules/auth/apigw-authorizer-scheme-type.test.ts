import rule from '../../../rules/auth/authorizer-scheme-type.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const SCHEME_TYPE = 'components.securitySchemes.auth.type';

// DG api-gateway-known-issues: REST supports only apiKey security schemes; DG http-api-jwt-authorizer.
ruleTester(rule, {
  valid: [
    {
      name: 'apiKey for Lambda authorizers passes',
      code: authorizerDoc({ type: 'request' }),
      options: { flavour: 'http' },
    },
    {
      name: 'oauth2 for a JWT authorizer passes',
      code: authorizerDoc({ type: 'jwt' }, { schemeType: 'oauth2' }),
      options: { flavour: 'http' },
    },
  ],
  invalid: [
    {
      name: 'Lambda authorizer on an oauth2 scheme',
      code: authorizerDoc({ type: 'token' }, { schemeType: 'oauth2' }),
      options: { flavour: 'rest' },
      errors: [{ path: SCHEME_TYPE, line: 7 }],
    },
    {
      name: 'JWT authorizer on an apiKey scheme in an HTTP API',
      code: authorizerDoc({ type: 'jwt' }),
      options: { flavour: 'http' },
      errors: [{ path: SCHEME_TYPE, line: 7 }],
    },
  ],
});
