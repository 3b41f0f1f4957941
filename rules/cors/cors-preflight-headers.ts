import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, integrationType, isProxy, ruleFunction } from '../lib/apigw.js';
import { mappedResponseHeaders, PREFLIGHT_HEADERS } from '../lib/cors.js';

// The preflight answer needs Access-Control-Allow-Methods, -Headers and -Origin (DG how-to-cors:
// "at least"); for a MOCK preflight they come from integration responseParameters.
const rule: ApigwRule = {
  id: 'apigw-cors-preflight-headers',
  category: 'cors',
  severity: 'error',
  flavour: 'rest',
  description: 'A REST OPTIONS preflight must return Access-Control-Allow-Headers, -Methods and -Origin.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html',
  spectral: {
    given: '$.paths[*].options',
    then: {
      function: ruleFunction((operation, ctx) => {
        const integration = operation[INTEGRATION];
        if (ctx.flavour !== 'rest' || !integration || isProxy(integration) || !integrationType(integration)) return;
        const mapped = mappedResponseHeaders(operation);
        const missing = PREFLIGHT_HEADERS.filter((h) => !mapped.has(h.toLowerCase()));
        if (missing.length === 0) return;
        return [
          [
            [INTEGRATION],
            `The preflight for ${String(ctx.path[1])} does not return ${missing.join(', ')}; browsers reject the preflight. Map method.response.header.${missing[0]} (and the others) in the default integration response, and declare them on the 200 response.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
