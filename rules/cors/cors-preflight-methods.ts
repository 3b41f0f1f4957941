import type { ApigwRule } from '../lib/rule.js';
import { ANY_METHOD, operationsOf, ruleFunction } from '../lib/apigw.js';
import { mappedResponseHeaders, staticValue } from '../lib/cors.js';

// Access-Control-Allow-Methods must list the methods the browser will call (DG how-to-cors;
// the console's "Enable CORS" writes every method of the resource plus OPTIONS). The Fetch standard's
// CORS-preflight check passes a CORS-safelisted method (GET, HEAD, POST) whether or not it is listed
// (https://fetch.spec.whatwg.org/#cors-preflight-fetch), so only the other methods are required.
const SAFELISTED = new Set(['GET', 'HEAD', 'POST']);
const rule: ApigwRule = {
  id: 'apigw-cors-preflight-methods',
  category: 'cors',
  severity: 'warn',
  flavour: 'rest',
  description:
    "The preflight's Access-Control-Allow-Methods leaves out a method of the path that is not CORS-safelisted (PUT, PATCH, DELETE...).",
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$.paths[*]',
    then: {
      function: ruleFunction((item, ctx) => {
        if (ctx.flavour !== 'rest' || !item.options) return;
        const header = mappedResponseHeaders(item.options).get('access-control-allow-methods');
        const value = header && staticValue(header.value);
        if (!header || value === undefined || value.trim() === '*') return;
        const allowed = new Set(value.split(',').map((m) => m.trim().toUpperCase()));
        const declared = operationsOf(item)
          .map(([m]) => (m === ANY_METHOD ? 'ANY' : m.toUpperCase()))
          .filter((m) => m !== 'OPTIONS' && m !== 'ANY');
        const missing = declared.filter((m) => !allowed.has(m) && !SAFELISTED.has(m));
        if (missing.length === 0) return;
        return [
          [
            ['options', ...header.path],
            `Access-Control-Allow-Methods '${value}' leaves out ${missing.join(', ')} declared on ${String(ctx.path[1])}; browsers block those cross-origin calls. Use '${[...declared, 'OPTIONS'].join(',')}'.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
