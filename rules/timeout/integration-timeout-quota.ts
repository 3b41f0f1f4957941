import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, ruleFunction } from '../lib/apigw.js';

// Since June 2024 Regional and private REST APIs may exceed 29 s after a Service Quotas increase
// (quota L-E5AE38E3), possibly at the cost of a lower account throttle; edge-optimized cannot
// (aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/).
const rule: ApigwRule = {
  id: 'apigw-integration-timeout-quota',
  category: 'timeout',
  severity: 'warn',
  flavour: 'rest',
  description: 'REST `timeoutInMillis` above 29,000 works only on Regional/private APIs after a quota increase.',
  awsSource:
    'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const value = integration.timeoutInMillis;
        if (ctx.flavour !== 'rest' || value === undefined || isOpaque(value, ctx, [...ctx.path, 'timeoutInMillis']))
          return;
        const ms = Number(value);
        if (!Number.isInteger(ms) || ms <= 29000 || integration.responseTransferMode === 'STREAM') return;
        const type = ctx.endpointType;
        if (type === 'EDGE') return; // an error of apigw-integration-timeout
        const where = type
          ? `this ${type} API`
          : 'a Regional or private API (edge-optimized APIs cannot go above 29,000 ms at all; set api.endpointType in apigw.yaml to check)';
        return [
          [
            ['timeoutInMillis'],
            `timeoutInMillis is ${ms}; above 29,000 ms needs a Service Quotas increase of "Maximum integration timeout" (L-E5AE38E3) for ${where}, and may lower the account throttle.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
