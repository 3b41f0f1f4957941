import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-context-variable';
const integration = (template: string) =>
  `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: AWS\n      RequestTemplates:\n        $default: '${template}'\n`;

test(`${id}: REST-only $context variables`, () => {
  assert.deepEqual(
    findings(id, wsTemplate(integration('{"m": "$context.httpMethod", "p": "${context.resourcePath}"}'))),
    [[id, 15, 'Resources.Integ.Properties.RequestTemplates.$default']],
  );
});

test(`${id}: WebSocket $context variables pass`, () => {
  assert.deepEqual(
    findings(
      id,
      wsTemplate(
        integration(
          '{"c": "$context.connectionId", "r": "$context.routeKey", "e": "$context.eventType", "m": "$context.messageId"}',
        ),
      ),
    ),
    [],
  );
});
