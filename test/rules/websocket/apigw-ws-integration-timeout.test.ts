import rule from '../../../src/lint/template-rules/ws-integration-timeout.js';
import { wsTemplate } from '../../support/fixtures.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const integration = (timeout: string) =>
  wsTemplate(
    `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: MOCK\n      TimeoutInMillis: ${timeout}\n`,
  );
const at = { path: 'Resources.Integ.Properties.TimeoutInMillis', line: 14 };

templateRuleTester(rule, {
  valid: [
    { name: '29,000 (the limit)', code: integration('29000') },
    { name: '50 (the minimum)', code: integration('50') },
    { name: 'an intrinsic', code: integration('!Ref Timeout') },
  ],
  invalid: [
    { name: 'above 29,000', code: integration('30000'), errors: [{ ...at, message: /29,?000/ }] },
    { name: 'below 50', code: integration('10'), errors: [{ ...at, message: /50/ }] },
  ],
});
