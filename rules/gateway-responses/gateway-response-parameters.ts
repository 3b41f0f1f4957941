import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, quote, ruleFunction, type Path } from '../lib/apigw.js';
import { GATEWAY_RESPONSE_GIVEN } from '../lib/gateway-responses.js';

// DG api-gateway-swagger-extensions-gateway-responses-responseParameters: keys
// gatewayresponse.{header|path|querystring}.{name}; values method.request.{location}.{name}, a
// stage or context variable, or a static value in single quotes (BOTO-V1 GatewayResponse.responseParameters).
const KEY = /^gatewayresponse\.(header|path|querystring)\.[^\s]+$/;
const VALUE = /^(method\.request\.(header|path|querystring|multivalueheader|multivaluequerystring)\.[^\s]+|stageVariables\.[\w.-]+|context\.[\w.-]+|'[^']*')$/;

const rule: ApigwRule = {
  id: 'apigw-gateway-response-parameters',
  category: 'gateway-responses',
  severity: 'error',
  description: 'Gateway response `responseParameters` keys must be `gatewayresponse.header.X` (or path/querystring) and values method request parameters or quoted strings.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses-responseParameters.html',
  flavour: 'rest',
  spectral: {
    given: GATEWAY_RESPONSE_GIVEN,
    then: {
      field: 'responseParameters',
      function: ruleFunction((params, ctx) => {
        if (!isObject(params)) return;
        const problems: Array<[Path, string]> = [];
        for (const [key, value] of Object.entries(params)) {
          if (/^gatewayresponse\.header\.method\.response\.header\./i.test(key)) {
            const name = key.replace(/^gatewayresponse\.header\.method\.response\.header\./i, '');
            problems.push([[key], `"${key}" sends a header literally named "${key.slice('gatewayresponse.header.'.length)}"; write gatewayresponse.header.${name}.`]);
            continue;
          }
          if (!KEY.test(key)) {
            const hint = key.startsWith('method.response.') ? ` Gateway responses use gatewayresponse.${key.replace(/^method\.response\./, '')}, not method.response.*.` : '';
            problems.push([[key], `"${key}" is not a gateway response parameter; use gatewayresponse.header.{name} (or gatewayresponse.path/querystring.{name}).${hint}`]);
            continue;
          }
          if (isOpaque(value, ctx, [...ctx.path, key])) continue;
          if (typeof value !== 'string' || !VALUE.test(value)) {
            const hint = typeof value === 'string' && !value.startsWith("'") && !/^(method|stageVariables|context)\./.test(value) ? ` A static value must be in single quotes: "'${value}'".` : '';
            problems.push([[key], `${quote(value)} is not a valid value for ${key}; use method.request.header|querystring|path.{name} or a single-quoted static string.${hint}`]);
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
