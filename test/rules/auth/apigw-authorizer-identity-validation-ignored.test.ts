import rule from '../../../rules/auth/authorizer-identity-validation-ignored.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const EXPRESSION = 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identityValidationExpression';

// BOTO-V1 CreateAuthorizerRequest.identityValidationExpression: not used for REQUEST; BOTO-V2: not used.
ruleTester(rule, {
  valid: [
    {
      name: 'token authorizer uses it',
      code: authorizerDoc({ type: 'token', identityValidationExpression: '^x$' }),
      options: { flavour: 'rest' },
    },
  ],
  invalid: [
    {
      name: 'request authorizer in a REST API',
      code: authorizerDoc({
        type: 'request',
        identitySource: 'method.request.header.A',
        identityValidationExpression: '^x$',
      }),
      options: { flavour: 'rest' },
      errors: [{ path: EXPRESSION, line: 13 }],
    },
    {
      name: 'any HTTP authorizer',
      code: authorizerDoc({ type: 'request', identityValidationExpression: '^x$' }),
      options: { flavour: 'http' },
      errors: [{ path: EXPRESSION, line: 12 }],
    },
  ],
});
