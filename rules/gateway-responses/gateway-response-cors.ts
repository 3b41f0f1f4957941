import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, isObject, ruleFunction, type Path } from '../lib/apigw.js';
import { operations } from '../lib/security.js';
import { GATEWAY_RESPONSES } from '../lib/gateway-responses.js';

// DG how-to-cors ("Enable CORS support ... for gateway responses") and DG
// api-gateway-gatewayResponse-definition: errors API Gateway produces itself (authorizer denials,
// throttling, validation, 5XX) skip the integration, so without Access-Control-Allow-Origin on
// DEFAULT_4XX/DEFAULT_5XX the browser reports a CORS failure instead of the real status (reference §5.1).
const ALLOW_ORIGIN = 'access-control-allow-origin';

/** The first place the API sets Access-Control-Allow-Origin on a method (integration or method response). */
function corsUse(root: any): Path | undefined {
  for (const op of operations(root)) {
    const responses = op.operation[INTEGRATION]?.responses;
    if (isObject(responses)) {
      for (const [key, response] of Object.entries(responses as Record<string, any>)) {
        const params = response?.responseParameters;
        if (
          isObject(params) &&
          Object.keys(params).some((k) => k.toLowerCase() === `method.response.header.${ALLOW_ORIGIN}`)
        ) {
          return [...op.path, INTEGRATION, 'responses', key, 'responseParameters'];
        }
      }
    }
  }
  return undefined;
}

function hasAllowOrigin(response: unknown): boolean {
  const params = isObject(response) ? response.responseParameters : undefined;
  return (
    isObject(params) && Object.keys(params).some((k) => k.toLowerCase() === `gatewayresponse.header.${ALLOW_ORIGIN}`)
  );
}

const rule: ApigwRule = {
  id: 'apigw-gateway-response-cors',
  category: 'gateway-responses',
  severity: 'warn',
  description:
    'The API returns CORS headers, but DEFAULT_4XX/DEFAULT_5XX gateway responses do not, so browsers hide API Gateway errors as CORS failures.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        const use = corsUse(root);
        if (!use) return;
        const map = isObject(root[GATEWAY_RESPONSES]) ? root[GATEWAY_RESPONSES] : undefined;
        const missing = ['DEFAULT_4XX', 'DEFAULT_5XX'].filter((type) => !hasAllowOrigin(map?.[type]));
        if (missing.length === 0) return;
        const existing = missing.find((type) => map?.[type] !== undefined);
        const at: Path = existing ? [GATEWAY_RESPONSES, existing] : map ? [GATEWAY_RESPONSES] : use;
        const list = missing.join(' and ');
        return [
          [
            at,
            `The API sends Access-Control-Allow-Origin from its integrations, but the ${list} gateway response${missing.length > 1 ? 's do' : ' does'} not: errors API Gateway returns itself (authorizer denials, throttling, validation, timeouts) reach browsers as CORS failures instead of their real status. Add gatewayresponse.header.Access-Control-Allow-Origin: "'<origin>'" to the responseParameters of ${list}.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
