import type { ApigwRule } from '../lib/rule.js';
import { isObject, operationsOf, perDocument, ruleFunction } from '../lib/apigw.js';

// cacheNamespace groups cache entries (default: the resource id); the same namespace on different
// resources makes them share cached responses (BOTO-V1 Integration.cacheNamespace; DG api-gateway-caching).
function namespaces(root: any): Map<string, string[]> {
  return perDocument(root, 'cache-namespaces', () => {
    const byName = new Map<string, string[]>();
    for (const [path, item] of Object.entries(isObject(root?.paths) ? root.paths : {})) {
      for (const [, op] of operationsOf(item)) {
        const ns = op['x-amazon-apigateway-integration']?.cacheNamespace;
        if (typeof ns !== 'string') continue;
        const paths = byName.get(ns) ?? [];
        if (!paths.includes(path)) paths.push(path);
        byName.set(ns, paths);
      }
    }
    return byName;
  });
}

const rule: ApigwRule = {
  id: 'apigw-cache-namespace-shared',
  category: 'caching',
  severity: 'warn',
  flavour: 'rest',
  description: 'The same `cacheNamespace` on different paths makes them share cached responses.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html',
  spectral: {
    given: '$.paths[*][*].x-amazon-apigateway-integration.cacheNamespace',
    then: {
      function: ruleFunction((ns, ctx) => {
        if (typeof ns !== 'string' || ns.includes('${')) return;
        const paths = namespaces(ctx.root).get(ns) ?? [];
        const others = paths.filter((p) => p !== ctx.path[1]);
        if (others.length === 0) return;
        return [
          [
            [],
            `cacheNamespace "${ns}" is also used by ${others.join(', ')}: these resources share cache entries, so one may serve the other's cached responses. Give each resource its own namespace (or omit it to default to the resource id).`,
          ],
        ];
      }),
    },
  },
};
export default rule;
