import rule from '../../../rules/auth/authorizer-simple-responses.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const http = { flavour: 'http' } as const;
const withIdentity = { type: 'request', identitySource: '$request.header.Authorization' };

// DG http-api-lambda-authorizer: simple responses need payload format 2.0. API reference (v2)
// Authorizer.AuthorizerPayloadFormatVersion: required for HTTP API Lambda authorizers.
ruleTester(rule, {
  valid: [
    {
      name: 'format 2.0 passes',
      code: authorizerDoc({ type: 'request', enableSimpleResponses: true, authorizerPayloadFormatVersion: '2.0' }),
      options: http,
    },
    {
      name: 'an HTTP API Lambda authorizer with authorizerPayloadFormatVersion',
      code: authorizerDoc({ ...withIdentity, authorizerPayloadFormatVersion: '2.0' }),
      options: http,
    },
    {
      name: 'REST authorizers have no payload format',
      code: authorizerDoc(withIdentity),
      options: { flavour: 'rest' },
    },
  ],
  invalid: [
    {
      name: 'simple responses with format 1.0',
      code: authorizerDoc({ type: 'request', enableSimpleResponses: true, authorizerPayloadFormatVersion: '1.0' }),
      options: http,
      errors: [
        {
          path: `${AUTHORIZER}.enableSimpleResponses`,
          line: 12,
          message: /needs authorizerPayloadFormatVersion "2.0" \(it is "1.0"\)/,
        },
      ],
    },
    {
      name: 'invalid version',
      code: authorizerDoc({ type: 'request', authorizerPayloadFormatVersion: '3.0' }),
      options: http,
      errors: [{ path: `${AUTHORIZER}.authorizerPayloadFormatVersion`, line: 12 }],
    },
    {
      name: 'an HTTP API Lambda authorizer without authorizerPayloadFormatVersion',
      code: authorizerDoc(withIdentity),
      options: http,
      errors: [{ path: AUTHORIZER, line: 10, message: /needs authorizerPayloadFormatVersion/ }],
    },
  ],
});
