import rule from '../../../rules/auth/authorizer-http-only-fields.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const AUTHORIZER = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer';
const httpFields = { enableSimpleResponses: true, authorizerPayloadFormatVersion: '2.0' };

// BOTO-V1 CreateAuthorizerRequest has no payload-format or simple-response fields.
ruleTester(rule, {
  valid: [
    {
      name: 'fine in an HTTP API',
      code: authorizerDoc({ type: 'request', ...httpFields }),
      options: { flavour: 'http' },
    },
  ],
  invalid: [
    {
      name: 'HTTP fields on a REST authorizer',
      code: authorizerDoc({ type: 'request', identitySource: 'method.request.header.A', ...httpFields }),
      options: { flavour: 'rest' },
      errors: [
        { path: `${AUTHORIZER}.enableSimpleResponses`, line: 13 },
        { path: `${AUTHORIZER}.authorizerPayloadFormatVersion`, line: 14 },
      ],
    },
  ],
});
