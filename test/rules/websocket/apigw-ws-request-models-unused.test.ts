import rule from '../../../src/lint/template-rules/ws-request-models-unused.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG websocket-api-request-validation: a route validates only through its ModelSelectionExpression.
const route = (extra: string) =>
  wsTemplate(
    `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n${extra}`,
  );

templateRuleTester(rule, {
  valid: [
    {
      name: 'models with an expression',
      code: route('      ModelSelectionExpression: \\$default\n      RequestModels:\n        $default: SendModel\n'),
    },
    { name: 'no models', code: route('') },
    { name: 'an empty RequestModels', code: route('      RequestModels: {}\n') },
    {
      name: 'an expression from an intrinsic',
      code: route(
        '      ModelSelectionExpression: !Ref Expression\n      RequestModels:\n        $default: SendModel\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'RequestModels without a ModelSelectionExpression',
      code: route('      RequestModels:\n        $default: SendModel\n'),
      errors: [
        { path: 'Resources.SendRoute.Properties.RequestModels', line: 14, message: "route 'send' has RequestModels" },
      ],
    },
  ],
});
