import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// when_no_match (default), when_no_templates, never (BOTO-V1 Integration.passthroughBehavior;
// REST exports write them in lower case, the service in upper case: compare case-insensitively).
const VALUES = ['when_no_match', 'when_no_templates', 'never'];

const rule: ApigwRule = {
  id: 'apigw-integration-passthrough-behavior',
  category: 'integration',
  severity: 'error',
  description: '`passthroughBehavior` must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const value = integration.passthroughBehavior;
        if (value === undefined || isOpaque(value, ctx, [...ctx.path, 'passthroughBehavior'])) return;
        if (typeof value !== 'string' || !VALUES.includes(value.toLowerCase())) {
          return [
            [
              ['passthroughBehavior'],
              `\`passthroughBehavior\` ${quote(value)} is not valid; use when_no_match, when_no_templates or never.`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
