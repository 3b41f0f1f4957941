import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction, textOf, withoutPlaceholders } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';

// DG api-gateway-swagger-extensions-authorizer and DG apigateway-enable-cognito-user-pool:
// providerARNs lists user pool ARNs arn:aws:cognito-idp:{region}:{account}:userpool/{poolId};
// BOTO-V1 CreateAuthorizerRequest.providerARNs ("required for COGNITO_USER_POOLS").
const USER_POOL_ARN = /^arn:(aws(-[a-z]+)*|x):cognito-idp:([a-z]{2}(-[a-z]+)+-\d|x):(\d{12}|x):userpool\/[\w-]+$/;

const rule: ApigwRule = {
  id: 'apigw-authorizer-cognito-provider-arns',
  category: 'auth',
  severity: 'error',
  description: 'A cognito_user_pools authorizer needs `providerARNs`: a list of Cognito user pool ARNs.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        if (authorizerType(authorizer) !== 'cognito_user_pools') return;
        const arns = authorizer.providerARNs;
        const example = 'arn:aws:cognito-idp:{region}:{account}:userpool/{userPoolId}';
        if (arns === undefined)
          return [[[], `A cognito_user_pools authorizer needs providerARNs, a list of user pool ARNs (${example}).`]];
        if (isOpaque(arns, ctx, [...ctx.path, 'providerARNs'])) return;
        if (!Array.isArray(arns))
          return [
            [['providerARNs'], `providerARNs must be a list of user pool ARNs (${example}), got ${quote(arns)}.`],
          ];
        if (arns.length === 0)
          return [[['providerARNs'], `providerARNs is empty; list at least one user pool ARN (${example}).`]];
        const problems: Array<[(string | number)[], string]> = [];
        arns.forEach((arn, i) => {
          if (isOpaque(arn, ctx, [...ctx.path, 'providerARNs', i])) return;
          const text = textOf(arn);
          if (text === undefined || !USER_POOL_ARN.test(withoutPlaceholders(text, 'x'))) {
            problems.push([
              ['providerARNs', i],
              `${quote(arn)} is not a Cognito user pool ARN; expected ${example}, e.g. arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123.`,
            ]);
          }
        });
        return problems;
      }),
    },
  },
};
export default rule;
