import rule from '../../../src/lint/template-rules/ws-route-key.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const route = (name: string, key: string) =>
  `  ${name}:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: ${key}\n`;

templateRuleTester(rule, {
  valid: [
    {
      name: 'the predefined keys and a custom key',
      code: wsTemplate(
        route('C', '$connect') + route('D', '$disconnect') + route('E', '$default') + route('S', 'send'),
      ),
    },
    { name: 'a key from an intrinsic', code: wsTemplate(route('S', '!Ref RouteKey')) },
  ],
  invalid: [
    {
      name: 'a custom key starting with $',
      code: wsTemplate(route('SendRoute', '$send')),
      errors: [{ path: 'Resources.SendRoute.Properties.RouteKey', line: 13, message: /\$send/ }],
    },
    {
      name: 'a key used twice',
      code: wsTemplate(route('A', 'send') + route('B', 'send')),
      errors: [{ path: 'Resources.B.Properties.RouteKey', line: 18, message: /send/ }],
    },
  ],
});
