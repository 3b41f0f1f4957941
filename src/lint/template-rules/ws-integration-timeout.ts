import { webSocketApis, type TemplateRule } from './types.js';

const rule: TemplateRule = {
  id: 'apigw-ws-integration-timeout',
  category: 'timeout',
  severity: 'error',
  description: 'WebSocket integration `TimeoutInMillis` must be 50 to 29,000 (not raisable).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const api of webSocketApis(model)) {
      for (const integration of api.integrations) {
        const raw = integration.props.TimeoutInMillis;
        if (raw === undefined || (typeof raw !== 'number' && typeof raw !== 'string')) continue;
        const value = Number(raw);
        if (!Number.isInteger(value) || value < 50 || value > 29000)
          out.push([
            [...integration.at, 'TimeoutInMillis'],
            `TimeoutInMillis ${raw}: a WebSocket integration times out between 50 and 29,000 ms (a quota that cannot be raised)`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
