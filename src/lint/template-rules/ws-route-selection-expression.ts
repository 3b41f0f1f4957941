import { text, webSocketApis, WS_SELECTION_DOC, type TemplateRule } from './types.js';

/** Only `$request.body.*` is evaluated for WebSocket routing (plus literal text); anything else never selects a custom route. */
const rule: TemplateRule = {
  id: 'apigw-ws-route-selection-expression',
  category: 'websocket',
  severity: 'error',
  description:
    'A WebSocket API needs a RouteSelectionExpression of the form `$request.body.<path>` (variables other than request.body are not evaluated).',
  awsSource: WS_SELECTION_DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      const expression = api.props.RouteSelectionExpression;
      if (expression === undefined) {
        out.push([
          [...api.at, 'ProtocolType'],
          `WebSocket API ${api.id} has no RouteSelectionExpression: API Gateway requires one (e.g. $request.body.action)`,
        ]);
        continue;
      }
      const value = text(expression);
      if (value === undefined) continue; // computed by an intrinsic: not decidable here
      const variables = [...value.matchAll(/(?<!\\)\$(?:\{([^}]*)\}|([A-Za-z][\w.-]*))/g)].map((m) => m[1] ?? m[2]!);
      const other = variables.filter((v) => !/^request\.body(\.|\[|$)/.test(v));
      if (other.length > 0)
        out.push([
          [...api.at, 'RouteSelectionExpression'],
          `RouteSelectionExpression '${value}' uses ${other.map((v) => `$${v}`).join(', ')}: WebSocket routing evaluates only $request.body.<path>`,
        ]);
    }
    return out;
  },
};
export default rule;
