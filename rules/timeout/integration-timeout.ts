import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// REST 50-29,000 ms (edge-optimized: cannot be raised); HTTP 50-30,000 ms; REST response
// streaming up to 15 minutes (REST quota page api-gateway-execution-service-limits-table;
// http-api-quotas; response-transfer-mode). The Regional/private increase is the -quota rule.
export const STREAM_MAX = 15 * 60 * 1000;

const rule: ApigwRule = {
  id: 'apigw-integration-timeout',
  category: 'timeout',
  severity: 'error',
  description: '`timeoutInMillis` must be an integer from 50 to 29,000 (REST edge-optimized) or 30,000 (HTTP APIs).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      field: 'timeoutInMillis',
      function: ruleFunction((value, ctx) => {
        if (isOpaque(value, ctx, ctx.path)) return;
        const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof ms !== 'number' || !Number.isInteger(ms))
          return [[[], `timeoutInMillis must be a whole number of milliseconds, got ${quote(value)}.`]];
        if (ms < 50) return [[[], `timeoutInMillis is ${ms}; API Gateway's minimum is 50 ms and cannot be lowered.`]];
        if (ctx.flavour === 'http') {
          if (ms > 30000)
            return [
              [[], `timeoutInMillis is ${ms}; HTTP APIs allow at most 30,000 ms and the limit cannot be raised.`],
            ];
          return;
        }
        const integration = ctx.path.slice(0, -1).reduce((node: any, key) => node?.[key], ctx.root) as any; // `field` puts timeoutInMillis last in the path
        if (integration?.responseTransferMode === 'STREAM') {
          if (ms > STREAM_MAX)
            return [[[], `timeoutInMillis is ${ms}; streamed responses allow at most 900,000 ms (15 minutes).`]];
          return;
        }
        if (ms > 29000 && ctx.endpointType === 'EDGE') {
          return [
            [
              [],
              `timeoutInMillis is ${ms}; edge-optimized REST APIs allow at most 29,000 ms and the limit cannot be raised (switch to a Regional endpoint to request more).`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
