import rule from '../../../rules/auth/authorizer-jwt-issuer.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const http = { flavour: 'http' } as const;

// DG http-api-jwt-authorizer: issuer is an https URL.
ruleTester(rule, {
  valid: [
    {
      name: 'openIdConnect scheme may omit the issuer; https issuer passes',
      code: `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    auth:
      type: openIdConnect
      openIdConnectUrl: https://id.example.com/.well-known/openid-configuration
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: jwt
        jwtConfiguration:
          audience: [a]
    b:
      type: oauth2
      x-amazon-apigateway-authorizer:
        type: jwt
        jwtConfiguration:
          issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc
`,
      options: http,
    },
  ],
  invalid: [
    {
      name: 'http issuer',
      code: authorizerDoc(
        { type: 'jwt', jwtConfiguration: { issuer: 'http://example.com', audience: ['a'] } },
        { schemeType: 'oauth2' },
      ),
      options: http,
      errors: [{ path: `${AUTHORIZER}.jwtConfiguration.issuer`, line: 13, message: /is not an https URL/ }],
    },
    {
      name: 'missing jwtConfiguration',
      code: authorizerDoc({ type: 'jwt' }, { schemeType: 'oauth2' }),
      options: http,
      errors: [{ path: AUTHORIZER, line: 10 }],
    },
  ],
});
