import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, quote, ruleFunction, type Path } from '../lib/apigw.js';
import { GATEWAY_RESPONSE_GIVEN } from '../lib/gateway-responses.js';

// DG api-gateway-swagger-extensions-gateway-responses-responseParameters: keys
// gatewayresponse.{header|path|querystring}.{name}; values method.request.{location}.{name}, a
// stage or context variable, or a static value in single quotes (BOTO-V1 GatewayResponse.responseParameters).
const KEY = /^gatewayresponse\.(header|path|querystring)\.[^\s]+$/;
const VALUE =
  /^(method\.request\.(header|path|querystring|multivalueheader|multivaluequerystring)\.[^\s]+|stageVariables\.[\w.-]+|context\.[\w.-]+|'[^']*')$/;

// A key copied from a method response (`gatewayresponse.header.method.response.header.X`) is taken
// and sends a header literally named "method.response.header.X". Generators repeat it on every
// gateway response: one finding per file, at its first occurrence, names them all.
const LITERAL = /^gatewayresponse\.header\.method\.response\.header\./i;

function literalNameMistake(root: any, responseType: string): [Path, string] | undefined {
  const responses = root?.['x-amazon-apigateway-gateway-responses'];
  if (!isObject(responses)) return undefined;
  const hits: Array<[string, string]> = [];
  for (const [type, response] of Object.entries(responses)) {
    const params = isObject(response) ? (response as any).responseParameters : undefined;
    if (!isObject(params)) continue;
    for (const key of Object.keys(params)) if (LITERAL.test(key)) hits.push([type, key]);
  }
  if (hits.length === 0 || hits[0][0] !== responseType) return undefined;
  const [, first] = hits[0];
  const names = [...new Set(hits.map(([, key]) => key.replace(LITERAL, '')))];
  const types = [...new Set(hits.map(([type]) => type))];
  const where =
    hits.length > 1
      ? ` (${hits.length} keys in ${types.length} gateway response${types.length > 1 ? 's' : ''}: ${types.join(', ')})`
      : '';
  return [
    [first],
    `"${first}" sends a header literally named "${first.slice('gatewayresponse.header.'.length)}"${where}; write gatewayresponse.header.${names.join(', gatewayresponse.header.')}.`,
  ];
}

const rule: ApigwRule = {
  id: 'apigw-gateway-response-parameters',
  category: 'gateway-responses',
  severity: 'error',
  description:
    'Gateway response `responseParameters` keys must be `gatewayresponse.header.X` (or path/querystring) and values method request parameters or quoted strings.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses-responseParameters.html',
  flavour: 'rest',
  spectral: {
    given: GATEWAY_RESPONSE_GIVEN,
    then: {
      field: 'responseParameters',
      function: ruleFunction((params, ctx) => {
        if (!isObject(params)) return;
        const problems: Array<[Path, string]> = [];
        const literal = literalNameMistake(ctx.root, String(ctx.path[ctx.path.length - 2]));
        if (literal) problems.push(literal);
        for (const [key, value] of Object.entries(params)) {
          if (LITERAL.test(key)) continue;
          if (!KEY.test(key)) {
            const hint = key.startsWith('method.response.')
              ? ` Gateway responses use gatewayresponse.${key.replace(/^method\.response\./, '')}, not method.response.*.`
              : '';
            problems.push([
              [key],
              `"${key}" is not a gateway response parameter; use gatewayresponse.header.{name} (or gatewayresponse.path/querystring.{name}).${hint}`,
            ]);
            continue;
          }
          if (isOpaque(value, ctx, [...ctx.path, key])) continue;
          if (typeof value !== 'string' || !VALUE.test(value)) {
            const hint =
              typeof value === 'string' && !value.startsWith("'") && !/^(method|stageVariables|context)\./.test(value)
                ? ` A static value must be in single quotes: "'${value}'".`
                : '';
            problems.push([
              [key],
              `${quote(value)} is not a valid value for ${key}; use method.request.header|querystring|path.{name} or a single-quoted static string.${hint}`,
            ]);
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
