import rule from '../../../rules/auth/authorizer-jwt-audience.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUDIENCE = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.jwtConfiguration.audience';
const http = { flavour: 'http' } as const;
const jwt = (audience: unknown) =>
  authorizerDoc(
    { type: 'jwt', jwtConfiguration: { issuer: 'https://id.example.com', audience } },
    { schemeType: 'oauth2' },
  );

// DG http-api-quotas: at most 50 audiences per JWT authorizer.
ruleTester(rule, {
  valid: [{ name: 'a list passes', code: jwt(['a', 'b']), options: http }],
  invalid: [
    { name: 'audience as a string', code: jwt('my-client'), options: http, errors: [{ path: AUDIENCE, line: 14 }] },
    {
      name: '51 audiences',
      code: jwt(Array.from({ length: 51 }, (_, i) => `c${i}`)),
      options: http,
      errors: [{ path: AUDIENCE, line: 14, message: /51 entries; a JWT authorizer accepts at most 50/ }],
    },
  ],
});
