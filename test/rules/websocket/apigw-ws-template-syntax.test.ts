import rule from '../../../src/lint/template-rules/ws-template-syntax.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG websocket-api-data-transformations: WebSocket mapping templates are VTL.
const integration = (template: string) =>
  wsTemplate(
    `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: AWS\n      RequestTemplates:\n        $default: ${template}\n`,
  );
const response = (template: string) =>
  wsTemplate(
    `  IntegResponse:\n    Type: AWS::ApiGatewayV2::IntegrationResponse\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationId: !Ref Integ\n      IntegrationResponseKey: $default\n      ResponseTemplates:\n        $default: ${template}\n`,
  );
const at = { path: 'Resources.Integ.Properties.RequestTemplates.$default', line: 15 };

templateRuleTester(rule, {
  valid: [
    {
      name: 'VTL with the WebSocket $context',
      code: integration(`'{"c": "$context.connectionId", "m": $input.json(''$'')}'`),
    },
    // corpus: serverless-patterns apigw-websocket-api-connection-dynamodb writes its templates so.
    {
      name: 'a !Sub template: ${Name} filled, ${!x} the VTL ${x}',
      code: integration(`!Sub '{"t": "\${Table}", "r": "\${!context.routeKey}"}'`),
    },
    { name: 'a !Sub placeholder in a directive', code: integration('!Sub "#if(${Flag}) on #end"') },
    { name: 'the long-form Fn::Sub', code: integration(`{'Fn::Sub': '{"r": "\${!context.routeKey}"}'}`) },
    { name: 'a template computed by another intrinsic', code: integration('!Join ["", ["#if(", "$a)"]]') },
    { name: 'a valid response template', code: response(`'#set($b = $input.path(''$''))$b.message'`) },
  ],
  invalid: [
    {
      name: '#if never closed',
      code: integration(`'#if($input.path(''$.urgent'')) {"priority": 1}'`),
      errors: [{ ...at, message: '#if is never closed with #end [template line 1, column 1]' }],
    },
    {
      name: '${!x} outside a Fn::Sub is no VTL',
      code: integration(`'{"r": "\${!context.routeKey}"}'`),
      errors: [{ ...at, message: /^VTL syntax error: unexpected "!".*\[template line 1, column 9\]/ }],
    },
    {
      name: 'a response template',
      code: response(`'#set($b = )'`),
      errors: [
        {
          path: 'Resources.IntegResponse.Properties.ResponseTemplates.$default',
          line: 16,
          message: /\[template line 1, column 9\]: API Gateway cannot render this template/,
        },
      ],
    },
  ],
});
