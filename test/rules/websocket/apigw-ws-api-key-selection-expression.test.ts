import rule from '../../../src/lint/template-rules/ws-api-key-selection-expression.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

// DG apigateway-websocket-api-selection-expressions, "API key selection expressions": only these two.
const api = (expression: string) =>
  `      RouteSelectionExpression: $request.body.action\n      ApiKeySelectionExpression: ${expression}\n`;
const at = { path: 'Resources.ChatApi.Properties.ApiKeySelectionExpression', line: 9 };

templateRuleTester(rule, {
  valid: [
    { name: 'the x-api-key header', code: wsTemplate('', api('$request.header.x-api-key')) },
    {
      name: "the authorizer's usage identifier key",
      code: wsTemplate('', api('$context.authorizer.usageIdentifierKey')),
    },
    { name: 'none (the header is the default)', code: wsTemplate('') },
    { name: 'an intrinsic', code: wsTemplate('', api('!Ref KeyExpression')) },
  ],
  invalid: [
    {
      name: 'another header',
      code: wsTemplate('', api('$request.header.X-Api-Key-Custom')),
      errors: [{ ...at, message: "'$request.header.X-Api-Key-Custom' is not one API Gateway supports" }],
    },
    {
      name: 'a query string parameter',
      code: wsTemplate('', api('$request.querystring.key')),
      errors: [{ ...at, message: '$request.header.x-api-key or $context.authorizer.usageIdentifierKey' }],
    },
  ],
});
