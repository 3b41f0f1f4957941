import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';

// DG api-gateway-swagger-extensions-authorizer and BOTO-V1 CreateAuthorizerRequest: the expression is
// used for TOKEN authorizers (and matched against the Cognito token for COGNITO_USER_POOLS); "not used
// for REQUEST"; BOTO-V2 CreateAuthorizerRequest.IdentityValidationExpression: "not used" (HTTP APIs).
const rule: ApigwRule = {
  id: 'apigw-authorizer-identity-validation-ignored',
  category: 'auth',
  severity: 'warn',
  description: '`identityValidationExpression` on a request or HTTP API authorizer is ignored.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (authorizer.identityValidationExpression === undefined) return;
        const type = authorizerType(authorizer);
        if (ctx.flavour === 'http') {
          return [
            [
              ['identityValidationExpression'],
              'HTTP APIs ignore identityValidationExpression; tokens are not pre-checked. Validate the token in the Lambda authorizer (or rely on the JWT authorizer) and remove the field.',
            ],
          ];
        }
        if (type === 'request') {
          return [
            [
              ['identityValidationExpression'],
              'identityValidationExpression applies only to token (and Cognito) authorizers; a request authorizer ignores it. Check the identity sources in the Lambda function and remove the field.',
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
