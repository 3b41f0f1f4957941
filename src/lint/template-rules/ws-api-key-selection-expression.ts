import { text, webSocketApis, WS_SELECTION_DOC, type TemplateRule } from './types.js';

/** The two API key selection expressions API Gateway supports (WebSocket selection expressions, "API key selection expressions"). */
const SUPPORTED = ['$request.header.x-api-key', '$context.authorizer.usageIdentifierKey'];

const rule: TemplateRule = {
  id: 'apigw-ws-api-key-selection-expression',
  category: 'websocket',
  severity: 'error',
  description:
    'A WebSocket ApiKeySelectionExpression must be `$request.header.x-api-key` or `$context.authorizer.usageIdentifierKey`.',
  awsSource: WS_SELECTION_DOC,
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      const value = text(api.props.ApiKeySelectionExpression);
      if (value === undefined || SUPPORTED.includes(value)) continue; // absent (the default is the header) or computed
      out.push([
        [...api.at, 'ApiKeySelectionExpression'],
        `ApiKeySelectionExpression '${value}' is not one API Gateway supports: use ${SUPPORTED.join(' or ')}`,
      ]);
    }
    return out;
  },
};
export default rule;
