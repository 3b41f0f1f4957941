import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN } from '../lib/security.js';

// DG api-gateway-swagger-extensions-authorizer: authorizerResultTtlInSeconds, 0 disables caching,
// maximum 3600 (REST quota page: "cannot be increased"); BOTO-V1/V2 CreateAuthorizerRequest use an integer.
const rule: ApigwRule = {
  id: 'apigw-authorizer-ttl',
  category: 'auth',
  severity: 'error',
  description: 'Authorizer `authorizerResultTtlInSeconds` must be an integer from 0 to 3600.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      field: 'authorizerResultTtlInSeconds',
      function: ruleFunction((ttl, ctx) => {
        if (isOpaque(ttl, ctx, ctx.path)) return;
        const value = typeof ttl === 'string' && /^\s*-?\d+\s*$/.test(ttl) ? Number(ttl) : ttl;
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          return [[[], `authorizerResultTtlInSeconds must be a whole number of seconds (0-3600), got ${quote(ttl)}.`]];
        }
        if (value < 0 || value > 3600) {
          return [
            [
              [],
              `authorizerResultTtlInSeconds is ${value}; API Gateway accepts 0 (no caching) to 3600 seconds and the maximum cannot be raised.`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
