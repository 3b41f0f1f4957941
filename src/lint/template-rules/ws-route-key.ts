import { text, webSocketApis, WS_ROUTES_DOC, type TemplateRule } from './types.js';

const RESERVED = new Set(['$connect', '$disconnect', '$default']);

const rule: TemplateRule = {
  id: 'apigw-ws-route-key',
  category: 'websocket',
  severity: 'error',
  description:
    'WebSocket route keys: `$connect`, `$disconnect`, `$default` or a custom key not starting with `$`; each key once per API.',
  awsSource: WS_ROUTES_DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      const seen = new Map<string, string>();
      for (const route of api.routes) {
        const key = text(route.props.RouteKey);
        if (key === undefined) continue;
        if (key.startsWith('$') && !RESERVED.has(key))
          out.push([
            [...route.at, 'RouteKey'],
            `route key '${key}' starts with '$', which is reserved for $connect, $disconnect and $default`,
          ]);
        const first = seen.get(key);
        if (first)
          out.push([
            [...route.at, 'RouteKey'],
            `route key '${key}' is also the key of ${first}: a WebSocket API has one route per key`,
          ]);
        else seen.set(key, route.id);
      }
    }
    return out;
  },
};
export default rule;
