import { text, webSocketApis, type TemplateRule } from './types.js';

const rule: TemplateRule = {
  id: 'apigw-ws-authorizer-connect-only',
  category: 'websocket',
  severity: 'error',
  description: 'WebSocket authorization (AuthorizationType, AuthorizerId) is set on the `$connect` route only.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const route of api.routes) {
        if (route.routeKey === '$connect' || route.routeKey === undefined) continue;
        const type = text(route.props.AuthorizationType);
        if (type !== undefined && type !== 'NONE')
          out.push([
            [...route.at, 'AuthorizationType'],
            `route '${route.routeKey}' sets AuthorizationType ${type}: WebSocket APIs authorize only on $connect (the connection is authorized once)`,
          ]);
        else if (route.props.AuthorizerId !== undefined)
          out.push([
            [...route.at, 'AuthorizerId'],
            `route '${route.routeKey}' sets an AuthorizerId: WebSocket APIs authorize only on $connect`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
