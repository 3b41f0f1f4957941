import rule from '../../../src/lint/template-rules/ws-route-response.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const resources = (key: string, expression = '$default') =>
  wsTemplate(
    `  SendRoute:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteKey: send\n      RouteResponseSelectionExpression: ${expression}\n` +
      `  SendRouteResponse:\n    Type: AWS::ApiGatewayV2::RouteResponse\n    Properties:\n      ApiId: !Ref ChatApi\n      RouteId: !Ref SendRoute\n      RouteResponseKey: ${key}\n`,
  );

templateRuleTester(rule, {
  valid: [
    { name: '$default key and expression', code: resources('$default') },
    { name: 'an expression from an intrinsic', code: resources('$default', '!Ref Expression') },
  ],
  invalid: [
    {
      name: 'a route response key other than $default',
      code: resources('ok'),
      errors: [{ path: 'Resources.SendRouteResponse.Properties.RouteResponseKey', line: 20, message: /\$default/ }],
    },
    {
      name: 'a selection expression other than $default',
      code: resources('$default', 'ok'),
      errors: [
        {
          path: 'Resources.SendRoute.Properties.RouteResponseSelectionExpression',
          line: 14,
          message: "RouteResponseSelectionExpression 'ok': only $default is supported",
        },
      ],
    },
  ],
});
