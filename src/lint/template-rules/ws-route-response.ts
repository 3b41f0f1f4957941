import { text, webSocketApis, type TemplateRule } from './types.js';

const rule: TemplateRule = {
  id: 'apigw-ws-route-response',
  category: 'websocket',
  severity: 'error',
  description: 'WebSocket route responses and route response selection expressions support only the key `$default`.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const route of api.routes) {
        for (const response of route.responses) {
          const key = text(response.props.RouteResponseKey);
          if (key !== undefined && key !== '$default')
            out.push([
              [...response.at, 'RouteResponseKey'],
              `RouteResponseKey '${key}': route responses support only the key $default`,
            ]);
        }
        const expression = text(route.props.RouteResponseSelectionExpression);
        if (expression !== undefined && expression !== '$default')
          out.push([
            [...route.at, 'RouteResponseSelectionExpression'],
            `RouteResponseSelectionExpression '${expression}': only $default is supported`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
