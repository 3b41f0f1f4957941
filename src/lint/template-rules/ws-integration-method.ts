import { text, webSocketApis, type TemplateRule } from './types.js';

const rule: TemplateRule = {
  id: 'apigw-ws-integration-method',
  category: 'websocket',
  severity: 'error',
  description:
    'WebSocket integrations: a Lambda (AWS_PROXY or Lambda AWS) integration calls with POST; HTTP and HTTP_PROXY integrations need an IntegrationMethod.',
  awsSource:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-integration.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const integration of api.integrations) {
        const type = text(integration.props.IntegrationType)?.toUpperCase();
        const method = text(integration.props.IntegrationMethod);
        const uri = JSON.stringify(integration.props.IntegrationUri ?? '');
        const lambda = type === 'AWS_PROXY' || (type === 'AWS' && /:lambda:|lambda:path|Function/.test(uri));
        if (lambda && method !== undefined && method.toUpperCase() !== 'POST')
          out.push([
            [...integration.at, 'IntegrationMethod'],
            `${integration.id} invokes Lambda with IntegrationMethod ${method}: Lambda is invoked with POST`,
          ]);
        if ((type === 'HTTP' || type === 'HTTP_PROXY') && integration.props.IntegrationMethod === undefined)
          out.push([
            [...integration.at, 'IntegrationType'],
            `${integration.id} is an ${type} integration without IntegrationMethod: API Gateway needs the HTTP method to call the backend with`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
