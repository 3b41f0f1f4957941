import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, operationAt, quote, ruleFunction } from '../lib/apigw.js';

// Each cacheKeyParameters entry is a method request parameter the method declares, written
// method.request.{path|querystring|header}.{name} (DG api-gateway-caching "Use method or
// integration parameters as cache keys"; DG: method request parameters must be defined first).
const KEY = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;
const LOCATION: Record<string, string> = {
  path: 'path',
  querystring: 'query',
  multivaluequerystring: 'query',
  header: 'header',
  multivalueheader: 'header',
};

const rule: ApigwRule = {
  id: 'apigw-cache-key-parameters',
  category: 'caching',
  severity: 'error',
  flavour: 'rest',
  description:
    '`cacheKeyParameters` must name method request parameters the operation declares (method.request.{path|querystring|header}.{name}).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  spectral: {
    given: '$.paths[*][*].x-amazon-apigateway-integration.cacheKeyParameters',
    then: {
      function: ruleFunction((keys, ctx) => {
        if (ctx.flavour !== 'rest') return;
        if (!Array.isArray(keys)) return [[[], `cacheKeyParameters must be a list, got ${quote(keys)}.`]];
        const found = operationAt(ctx.root, ctx.path.slice(0, -1) as (string | number)[]);
        const params = [
          ...(found?.operation.parameters ?? []),
          ...(ctx.root.paths?.[found?.pathKey ?? '']?.parameters ?? []),
        ].filter(isObject);
        const problems: Array<[number[], string]> = [];
        keys.forEach((key: unknown, i: number) => {
          if (isOpaque(key, ctx, [...ctx.path, i])) return;
          const m = typeof key === 'string' ? KEY.exec(key) : null;
          if (!m) {
            problems.push([
              [i],
              `Cache key ${quote(key)} is not a method request parameter; write method.request.path.{name}, method.request.querystring.{name} or method.request.header.{name}.`,
            ]);
            return;
          }
          if (params.some((p) => '$ref' in p)) return; // an unresolved $ref could declare it
          const [, where, name] = m;
          const declared = params.some(
            (p) =>
              p.in === LOCATION[where] &&
              (where.includes('header') ? String(p.name).toLowerCase() === name.toLowerCase() : p.name === name),
          );
          if (!declared)
            problems.push([
              [i],
              `Cache key ${key} names a ${LOCATION[where]} parameter "${name}" the operation does not declare; add it to the operation's parameters (in: ${LOCATION[where]}) or remove the key.`,
            ]);
        });
        return problems;
      }),
    },
  },
};
export default rule;
