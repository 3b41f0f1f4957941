import rule from '../../../src/lint/template-rules/ws-context-variable.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG apigateway-websocket-api-mapping-template-reference: the WebSocket $context variables.
const integration = (template: string) =>
  wsTemplate(
    `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: AWS\n      RequestTemplates:\n        $default: '${template}'\n`,
  );

templateRuleTester(rule, {
  valid: [
    {
      name: 'WebSocket $context variables',
      code: integration(
        '{"c": "$context.connectionId", "r": "$context.routeKey", "e": "$context.eventType", "m": "$context.messageId"}',
      ),
    },
    {
      name: 'a template from an intrinsic',
      code: wsTemplate(
        `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: AWS\n      RequestTemplates:\n        $default: !Ref Template\n`,
      ),
    },
  ],
  invalid: [
    {
      name: 'REST-only variables, $x and ${x} forms',
      code: integration('{"m": "$context.httpMethod", "p": "${context.resourcePath}"}'),
      errors: [{ path: 'Resources.Integ.Properties.RequestTemplates.$default', line: 15, message: /httpMethod/ }],
    },
  ],
});
