import { text, webSocketApis, WS_SELECTION_DOC, type TemplateRule } from './types.js';

/**
 * A static TemplateSelectionExpression (no variable) always evaluates to itself: when no
 * RequestTemplates key is that value (`\$default` means the key `$default`) and there is no `$default`
 * catch-all template, no template ever applies.
 */
const rule: TemplateRule = {
  id: 'apigw-ws-template-selection',
  category: 'websocket',
  severity: 'warn',
  description:
    "A WebSocket TemplateSelectionExpression that can never select one of the integration's RequestTemplates.",
  awsSource: WS_SELECTION_DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const integration of api.integrations) {
        const templates = integration.props.RequestTemplates;
        const expression = text(integration.props.TemplateSelectionExpression);
        if (!templates || typeof templates !== 'object' || expression === undefined) continue;
        if (/(?<!\\)\$/.test(expression)) continue; // has a variable: depends on the message
        const value = expression.replace(/\\\$/g, '$');
        const keys = Object.keys(templates);
        // `$default` is the catch-all template when the key matches nothing.
        if (keys.includes(value) || keys.includes('$default')) continue;
        out.push([
          [...integration.at, 'TemplateSelectionExpression'],
          `TemplateSelectionExpression '${expression}' always evaluates to '${value}', which is not a RequestTemplates key (${keys.join(', ')}), and there is no $default template: no template ever applies`,
        ]);
      }
    }
    return out;
  },
};
export default rule;
