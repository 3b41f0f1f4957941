import { webSocketTemplateMaps, type TemplateRule } from './types.js';

/** $context variables of REST APIs that a WebSocket request does not have (they render empty). */
const REST_ONLY = [
  'httpMethod',
  'resourcePath',
  'resourceId',
  'path',
  'protocol',
  'requestOverride',
  'responseOverride',
  'wafResponseCode',
  'webaclArn',
  'isCanaryRequest',
  'deploymentId',
  'domainPrefix',
];
const PATTERN = new RegExp(`\\$\\{?context\\.(${REST_ONLY.join('|')})\\b`, 'g');

const rule: TemplateRule = {
  id: 'apigw-ws-context-variable',
  category: 'websocket',
  severity: 'warn',
  description:
    'A WebSocket mapping template uses a REST-only `$context` variable (`httpMethod`, `resourcePath`, ...), which renders empty.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const { at, templates } of webSocketTemplateMaps(model)) {
      if (!templates || typeof templates !== 'object') continue;
      for (const [key, body] of Object.entries(templates as Record<string, unknown>)) {
        if (typeof body !== 'string') continue;
        const names = [...new Set([...body.matchAll(PATTERN)].map((m) => m[1]!))];
        if (names.length > 0)
          out.push([
            [...at, key],
            `${names.map((n) => `$context.${n}`).join(', ')} is not a WebSocket context variable (it renders empty); WebSocket templates have connectionId, routeKey, eventType, messageId, ...`,
          ]);
      }
    }
    return out;
  },
};
export default rule;
