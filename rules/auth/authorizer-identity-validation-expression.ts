import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN } from '../lib/security.js';
import { javaRegexProblem } from '../lib/java-regex.js';

// DG api-gateway-swagger-extensions-authorizer: identityValidationExpression is a regular expression
// the incoming token must match (else 401 without calling the authorizer); BOTO-V1
// CreateAuthorizerRequest.identityValidationExpression.
const rule: ApigwRule = {
  id: 'apigw-authorizer-identity-validation-expression',
  category: 'auth',
  severity: 'error',
  description: '`identityValidationExpression` must be a valid regular expression.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      field: 'identityValidationExpression',
      function: ruleFunction((expression, ctx) => {
        if (isOpaque(expression, ctx, ctx.path)) return;
        if (typeof expression !== 'string')
          return [
            [[], `identityValidationExpression must be a string (a regular expression), got ${quote(expression)}.`],
          ];
        if (expression === '')
          return [
            [
              [],
              'identityValidationExpression is empty; remove it or write the regular expression tokens must match (e.g. ^Bearer [-0-9a-zA-Z._]+$).',
            ],
          ];
        const problem = javaRegexProblem(expression);
        if (problem)
          return [
            [
              [],
              `identityValidationExpression ${quote(expression)} is not a valid regular expression (${problem}); the authorizer cannot be created.`,
            ],
          ];
      }),
    },
  },
};
export default rule;
