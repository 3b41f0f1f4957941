import rule from '../../../src/lint/template-rules/ws-route-selection-expression.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const api = (expression: string) => wsTemplate('', `      RouteSelectionExpression: ${expression}\n`);

templateRuleTester(rule, {
  valid: [
    { name: 'a $request.body path', code: api('$request.body.action') },
    { name: 'braces and static text', code: api("'${request.body.service}/${request.body.action}'") },
    { name: 'an intrinsic', code: api('!Ref Expression') },
  ],
  invalid: [
    {
      name: 'missing',
      code: wsTemplate('', ''),
      errors: [{ path: 'Resources.ChatApi.Properties.ProtocolType', line: 7, message: /RouteSelectionExpression/ }],
    },
    {
      name: 'a variable other than $request.body',
      code: api('$request.header.action'),
      errors: [{ path: 'Resources.ChatApi.Properties.RouteSelectionExpression', line: 8, message: /request\.header/ }],
    },
  ],
});
