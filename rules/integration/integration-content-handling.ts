import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// CONVERT_TO_TEXT / CONVERT_TO_BINARY, absent = passthrough (BOTO-V1 ContentHandlingStrategy), on the
// integration and on each integration response.
const VALUES = ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'];

const rule: ApigwRule = {
  id: 'apigw-integration-content-handling',
  category: 'integration',
  severity: 'error',
  description: '`contentHandling` must be CONVERT_TO_TEXT or CONVERT_TO_BINARY (omit it to pass payloads through).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const places: Array<(string | number)[]> = [['contentHandling']];
        if (isObject(integration.responses))
          for (const key of Object.keys(integration.responses)) places.push(['responses', key, 'contentHandling']);
        const problems: Array<[(string | number)[], string]> = [];
        for (const place of places) {
          let value: any = integration;
          for (const key of place) value = value?.[key];
          if (value === undefined || isOpaque(value, ctx, [...ctx.path, ...place])) continue;
          if (typeof value !== 'string' || !VALUES.includes(value)) {
            const hint =
              typeof value === 'string' && /passthrough/i.test(value)
                ? ' (to pass payloads through unchanged, omit contentHandling)'
                : '';
            problems.push([
              place,
              `\`contentHandling\` ${quote(value)} is not valid; use CONVERT_TO_TEXT or CONVERT_TO_BINARY${hint}.`,
            ]);
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
