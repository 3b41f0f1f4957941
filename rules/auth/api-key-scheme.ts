import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { API_KEY_SOURCE, apiKeySchemeNames, operationsRequiringApiKey, securitySchemes } from '../lib/security.js';

// DG api-key-usage-plan-oas: a method requires a key through an apiKey scheme (name x-api-key, in
// header); with api-key-source HEADER API Gateway reads the key only from the X-API-Key header
// (DG api-gateway-swagger-extensions-api-key-source), so a key sent elsewhere is never seen: 403.
const rule: ApigwRule = {
  id: 'apigw-api-key-scheme',
  category: 'auth',
  severity: 'error',
  description:
    'An API key scheme must be `in: header` with `name: x-api-key`: API Gateway reads keys from no other place.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        const source = root[API_KEY_SOURCE];
        if (typeof source === 'string' && source.toUpperCase() === 'AUTHORIZER') return;
        const used = new Set(
          operationsRequiringApiKey(root).flatMap((op) =>
            (op.operation.security as any[]).flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])),
          ),
        );
        const { base, map } = securitySchemes(root);
        return apiKeySchemeNames(root)
          .filter((name) => used.has(name))
          .filter((name) => map[name].in !== 'header' || String(map[name].name).toLowerCase() !== 'x-api-key')
          .map((name) => [
            [...base, name],
            `Security scheme ${name} makes its operations require an API key, which API Gateway reads only from the X-API-Key header, but the scheme says ${map[name].in ?? '(no in)'} "${map[name].name ?? ''}"; clients following the definition get 403. Use in: header, name: x-api-key.`,
          ]);
      }),
    },
  },
};
export default rule;
