import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, isProxy, ruleFunction } from '../lib/apigw.js';

// Proxy integrations pass the request and response through unchanged: mapping templates and
// integration-response mappings do not apply (DG set-up-lambda-proxy-integrations;
// DG api-gateway-mapping-template-reference: "not applied to proxy integrations").
const rule: ApigwRule = {
  id: 'apigw-integration-proxy-ignores-mappings',
  category: 'integration',
  severity: 'warn',
  flavour: 'rest',
  description: 'Mapping templates and response mappings on AWS_PROXY/HTTP_PROXY integrations are ignored.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (ctx.flavour !== 'rest' || !isProxy(integration)) return;
        const problems: Array<[(string | number)[], string]> = [];
        if (integration.requestTemplates !== undefined) {
          problems.push([
            ['requestTemplates'],
            `requestTemplates are ignored on a ${integration.type} integration: the request goes to the backend as is. Remove them, or use a non-proxy type (AWS/HTTP) to transform.`,
          ]);
        }
        if (isObject(integration.responses)) {
          for (const [key, response] of Object.entries(integration.responses)) {
            for (const field of ['responseTemplates', 'responseParameters']) {
              if (isObject(response) && response[field] !== undefined) {
                problems.push([
                  ['responses', key, field],
                  `${field} are ignored on a ${integration.type} integration: the backend's response is returned unchanged (for CORS headers, return them from the backend).`,
                ]);
              }
            }
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
