import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// `default` is the catch-all integration response; when no selection pattern matches and there is
// no default, API Gateway answers 500 (DG api-gateway-swagger-extensions-integration-responses).
const rule: ApigwRule = {
  id: 'apigw-integration-default-response',
  category: 'integration',
  severity: 'warn',
  flavour: 'rest',
  description: 'Non-proxy integration responses should include the `default` catch-all.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const type = integrationType(integration);
        if (ctx.flavour !== 'rest' || (type !== 'aws' && type !== 'http' && type !== 'mock')) return;
        const responses = integration.responses;
        if (!isObject(responses) || Object.keys(responses).length === 0 || 'default' in responses) return;
        return [
          [
            ['responses'],
            `Integration responses have no \`default\`: a backend result matching none of ${Object.keys(responses)
              .map((k) => `"${k}"`)
              .join(', ')} becomes a 500. Add responses.default.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
