import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { GATEWAY_RESPONSE_GIVEN } from '../lib/gateway-responses.js';

// DG api-gateway-swagger-extensions-gateway-responses; BOTO-V1 PutGatewayResponseRequest.statusCode
// (StatusCode pattern [1-5]\d\d).
const rule: ApigwRule = {
  id: 'apigw-gateway-response-status-code',
  category: 'gateway-responses',
  severity: 'error',
  description: 'Gateway response `statusCode` must be a three-digit HTTP status from 100 to 599.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html',
  flavour: 'rest',
  spectral: {
    given: GATEWAY_RESPONSE_GIVEN,
    then: {
      field: 'statusCode',
      function: ruleFunction((code, ctx) => {
        if (isOpaque(code, ctx, ctx.path)) return;
        if (!/^[1-5]\d\d$/.test(String(code)))
          return [[[], `Gateway response statusCode must match [1-5]\\d\\d (e.g. "401"), got ${quote(code)}.`]];
      }),
    },
  },
};
export default rule;
