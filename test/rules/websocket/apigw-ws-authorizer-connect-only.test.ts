import rule from '../../../src/lint/template-rules/ws-authorizer-connect-only.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const route = (key: string, auth: string) =>
  wsTemplate(
    `  Route:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: ${key}\n${auth}`,
  );
const custom = '      AuthorizationType: CUSTOM\n      AuthorizerId: !Ref Auth\n';

templateRuleTester(rule, {
  valid: [
    { name: 'an authorizer on $connect', code: route('$connect', custom) },
    { name: 'NONE on a message route', code: route('send', '      AuthorizationType: NONE\n') },
    { name: 'no authorization on a message route', code: route('send', '') },
  ],
  invalid: [
    {
      name: 'CUSTOM on a custom route',
      code: route('send', custom),
      errors: [{ path: 'Resources.Route.Properties.AuthorizationType', line: 14, message: /\$connect/ }],
    },
    {
      name: 'an AuthorizerId on $default',
      code: route('$default', '      AuthorizerId: !Ref Auth\n'),
      errors: [{ path: 'Resources.Route.Properties.AuthorizerId', line: 14, message: /\$connect/ }],
    },
  ],
});
