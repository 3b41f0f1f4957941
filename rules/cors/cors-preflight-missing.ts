import type { ApigwRule } from '../lib/rule.js';
import { ANY_METHOD, isObject, operationsOf, ruleFunction } from '../lib/apigw.js';
import { returnsCorsHeaders } from '../lib/cors.js';
import { requirementNames, securitySchemes } from '../lib/security.js';

// REST APIs answer preflight only through an OPTIONS method the definition models itself, per
// resource (child resources are not covered) (DG how-to-cors; enable-cors-for-resource-using-swagger-importer-tool).
// Browsers send a preflight only for a request that is not "simple" (Fetch standard, CORS-safelisted
// methods and request headers): a GET or HEAD that carries no credentials header and no declared
// non-safelisted header is never preflighted, so a resource that only has such methods needs no OPTIONS.
const SIMPLE_METHODS = new Set(['get', 'head']);
const SAFELISTED_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);

/** Whether a browser call of this operation sends a header that is not CORS-safelisted. */
function sendsCustomHeader(root: any, pathItem: any, operation: any): boolean {
  const params = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  if (
    params.some((p: any) => isObject(p) && p.in === 'header' && !SAFELISTED_HEADERS.has(String(p.name).toLowerCase()))
  )
    return true;
  if (isObject(operation['x-amazon-apigateway-auth'])) return true;
  const { map } = securitySchemes(root);
  const security = operation.security ?? root.security;
  // Any scheme but an API key in the query string is sent as a header (Authorization, x-api-key, SigV4).
  return requirementNames(security).some((names) =>
    names.some((name) => !(isObject(map[name]) && map[name].type === 'apiKey' && map[name].in === 'query')),
  );
}

const rule: ApigwRule = {
  id: 'apigw-cors-preflight-missing',
  category: 'cors',
  severity: 'warn',
  flavour: 'rest',
  description:
    'A REST path whose responses carry Access-Control-Allow-Origin has no OPTIONS preflight method, though browsers preflight its requests.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$.paths[*]',
    then: {
      function: ruleFunction((item, ctx) => {
        if (ctx.flavour !== 'rest' || 'options' in item || ANY_METHOD in item) return;
        const cors = operationsOf(item).filter(([, op]) => returnsCorsHeaders(op));
        const preflighted = cors.filter(
          ([method, op]) => !SIMPLE_METHODS.has(method) || sendsCustomHeader(ctx.root, item, op),
        );
        if (preflighted.length === 0) return;
        const methods = cors.map(([m]) => m.toUpperCase());
        return [
          [
            [],
            `${methods.join(', ')} return Access-Control-Allow-Origin but ${String(ctx.path[1])} has no options method: browsers' preflight requests (${preflighted.map(([m]) => m.toUpperCase()).join(', ')} here: non-simple methods, credentials or custom headers, JSON bodies) get 403. Add an options operation with a MOCK integration returning the Access-Control-Allow-* headers.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
