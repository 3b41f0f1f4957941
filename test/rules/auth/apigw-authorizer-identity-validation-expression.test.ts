import rule from '../../../rules/auth/authorizer-identity-validation-expression.js';
import { authorizerDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-swagger-extensions-authorizer: identityValidationExpression is a regular expression.
ruleTester(rule, {
  valid: [
    {
      name: 'Java-only constructs compile',
      code: authorizerDoc("type: token\nidentityValidationExpression: '(?i)\\\\ABearer [A-Za-z0-9._-]++\\\\z'"),
    },
  ],
  invalid: [
    {
      name: 'unbalanced group',
      code: authorizerDoc("type: token\nidentityValidationExpression: '^Bearer (.*'"),
      errors: [
        {
          path: 'components.securitySchemes.auth.x-amazon-apigateway-authorizer.identityValidationExpression',
          line: 12,
          message: /is not a valid regular expression/,
        },
      ],
    },
  ],
});
