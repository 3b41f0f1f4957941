import rule from '../../../src/lint/template-rules/ws-model-selection.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG websocket-api-request-validation: the expression's value picks the RequestModels key.
const route = (expression: string, key: string) =>
  wsTemplate(
    `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n      ModelSelectionExpression: ${expression}\n      RequestModels:\n        ${key}: SendModel\n`,
  );
const at = { path: 'Resources.SendRoute.Properties.ModelSelectionExpression', line: 14 };

templateRuleTester(rule, {
  valid: [
    { name: '\\$default and a $default model', code: route('\\$default', '$default') },
    { name: 'a static key that is a model key', code: route('send', 'send') },
    { name: 'an expression that reads the message', code: route('$request.body.kind', 'order') },
    { name: 'no match but a $default model', code: route('other', '$default') },
    { name: 'an intrinsic', code: route('!Ref Expression', 'order') },
  ],
  invalid: [
    {
      name: '\\$default with no $default model',
      code: route('\\$default', 'application/json'),
      errors: [{ ...at, message: "always selects '$default', which is not a RequestModels key (application/json)" }],
    },
    {
      name: 'a static key that is no model key',
      code: route('send', 'other'),
      errors: [{ ...at, message: "always selects 'send'" }],
    },
  ],
});
