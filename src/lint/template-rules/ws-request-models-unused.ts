import { webSocketApis, type TemplateRule } from './types.js';
import { WS_VALIDATION_DOC } from './ws-model-selection.js';

/** DG websocket-api-request-validation: validation occurs when a route has a model selection expression. */
const rule: TemplateRule = {
  id: 'apigw-ws-request-models-unused',
  category: 'websocket',
  severity: 'warn',
  description:
    "A WebSocket route's RequestModels without a ModelSelectionExpression: no message is validated against them.",
  awsSource: WS_VALIDATION_DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model))
      for (const route of api.routes) {
        const models = route.props.RequestModels;
        const some = models && typeof models === 'object' && !Array.isArray(models) && Object.keys(models).length > 0;
        if (!some || route.props.ModelSelectionExpression !== undefined) continue;
        out.push([
          [...route.at, 'RequestModels'],
          `route '${route.routeKey ?? route.id}' has RequestModels but no ModelSelectionExpression: API Gateway validates a message only against the model that expression selects, so these models are never applied`,
        ]);
      }
    return out;
  },
};
export default rule;
