import { text, webSocketApis, type TemplateRule } from './types.js';

const DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html';

/**
 * WebSocket request validation (DG websocket-api-request-validation): a route's models are used only
 * through its ModelSelectionExpression, whose value picks the RequestModels key; with no match and no
 * `$default` model, validation fails.
 */
const rule: TemplateRule = {
  id: 'apigw-ws-model-selection',
  category: 'websocket',
  severity: 'error',
  description:
    'A static WebSocket ModelSelectionExpression that names no RequestModels key, with no `$default` model: every message fails validation.',
  awsSource: DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const route of api.routes) {
        const models = route.props.RequestModels;
        const keys = models && typeof models === 'object' && !Array.isArray(models) ? Object.keys(models) : undefined;
        const expression = route.props.ModelSelectionExpression;
        const value = text(expression);
        if (value === undefined || /(?<!\\)\$/.test(value)) continue; // computed, or depends on the message
        const key = value.replace(/\\\$/g, '$');
        const names = keys ?? [];
        if (names.includes(key) || names.includes('$default')) continue;
        out.push([
          [...route.at, 'ModelSelectionExpression'],
          `ModelSelectionExpression '${value}' always selects '${key}', which is not a RequestModels key (${names.join(', ') || 'none'}), and there is no $default model: validation fails for every message ("Bad request body")`,
        ]);
      }
    }
    return out;
  },
};
export default rule;
export { DOC as WS_VALIDATION_DOC };
