import rule from '../../../src/lint/template-rules/ws-template-selection.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG websocket-api-data-transformations: the expression's value is the RequestTemplates key used.
const integration = (expression: string, key: string) =>
  wsTemplate(
    `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: MOCK\n      TemplateSelectionExpression: ${expression}\n      RequestTemplates:\n        ${key}: '{"statusCode": 200}'\n`,
  );
const at = { path: 'Resources.Integ.Properties.TemplateSelectionExpression', line: 14 };

templateRuleTester(rule, {
  valid: [
    { name: '\\$default and a $default template', code: integration('\\$default', '$default') },
    { name: 'a static value that is a template key', code: integration("'200'", "'200'") },
    { name: 'a $default catch-all', code: integration('request.body.action', '$default') },
    { name: 'an expression that reads the message', code: integration('$request.body.kind', 'order') },
    { name: 'an intrinsic', code: integration('!Ref Expression', 'order') },
  ],
  invalid: [
    {
      name: '\\$default with only a content-type key',
      code: integration('\\$default', 'application/json'),
      errors: [{ ...at, message: "always evaluates to '$default', which is not a RequestTemplates key" }],
    },
    {
      name: 'a static value that is no template key',
      code: integration("'200'", 'application/json'),
      errors: [{ ...at, message: /'200'/ }],
    },
  ],
});
