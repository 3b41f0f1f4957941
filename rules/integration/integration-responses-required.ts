import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// Non-proxy (AWS, HTTP, MOCK) integrations return nothing to the client without an integration
// response: the method fails with 500 "No match for output mapping and no default output mapping"
// (DG api-gateway-integration-settings-integration-response).
const rule: ApigwRule = {
  id: 'apigw-integration-responses-required',
  category: 'integration',
  severity: 'error',
  flavour: 'rest',
  description: 'Non-proxy REST integrations (AWS, HTTP, MOCK) need integration `responses`.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const type = integrationType(integration);
        if (ctx.flavour !== 'rest' || (type !== 'aws' && type !== 'http' && type !== 'mock')) return;
        if (isObject(integration.responses) && Object.keys(integration.responses).length > 0) return;
        if (integration.responses !== undefined && !isObject(integration.responses)) return; // intrinsic or other shape: not ours to judge
        return [
          [
            [],
            `${integration.type} integration has no \`responses\`: every call would fail with 500. Add at least responses.default with a statusCode.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
