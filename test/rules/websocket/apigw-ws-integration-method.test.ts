import rule from '../../../src/lint/template-rules/ws-integration-method.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const integration = (body: string) =>
  wsTemplate(`  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n${body}`);
const lambdaUri =
  '      IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations\n';

templateRuleTester(rule, {
  valid: [
    {
      name: 'Lambda proxy with POST',
      code: integration(`      IntegrationType: AWS_PROXY\n      IntegrationMethod: POST\n${lambdaUri}`),
    },
    { name: 'Lambda proxy with no method', code: integration(`      IntegrationType: AWS_PROXY\n${lambdaUri}`) },
    {
      name: 'HTTP_PROXY with a method',
      code: integration(
        '      IntegrationType: HTTP_PROXY\n      IntegrationMethod: GET\n      IntegrationUri: https://example.com\n',
      ),
    },
    {
      name: 'a method from an intrinsic',
      code: integration(`      IntegrationType: AWS_PROXY\n      IntegrationMethod: !Ref Method\n${lambdaUri}`),
    },
  ],
  invalid: [
    {
      name: 'Lambda proxy with GET',
      code: integration(`      IntegrationType: AWS_PROXY\n      IntegrationMethod: GET\n${lambdaUri}`),
      errors: [{ path: 'Resources.Integ.Properties.IntegrationMethod', line: 14, message: /POST/ }],
    },
    {
      name: 'HTTP_PROXY without a method',
      code: integration('      IntegrationType: HTTP_PROXY\n      IntegrationUri: https://example.com\n'),
      errors: [{ path: 'Resources.Integ.Properties.IntegrationType', line: 13, message: /IntegrationMethod/ }],
    },
  ],
});
