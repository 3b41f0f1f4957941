import rule from '../../../src/lint/template-rules/stage-method-settings.js';
import { templateRuleTester } from '../../support/rule-tester.js';
import { restTemplate } from './support.js';

const stage = (setting: string) =>
  restTemplate(
    `  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      MethodSettings:\n        - {ResourcePath: /*, HttpMethod: '*', ${setting}}\n`,
  );
const SETTING = 'Resources.Stage.Properties.MethodSettings.0';

templateRuleTester(rule, {
  valid: [
    {
      name: 'values in range',
      code: stage('CacheTtlInSeconds: 3600, ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50.5, LoggingLevel: INFO'),
    },
  ],
  invalid: [
    {
      name: 'a TTL over 3600',
      code: stage('CacheTtlInSeconds: 7200'),
      errors: [{ path: `${SETTING}.CacheTtlInSeconds`, line: 40 }],
    },
    {
      name: 'a negative limit',
      code: stage('ThrottlingBurstLimit: -1'),
      errors: [{ path: `${SETTING}.ThrottlingBurstLimit`, line: 40 }],
    },
    {
      name: 'an unknown logging level',
      code: stage('LoggingLevel: DEBUG'),
      errors: [{ path: `${SETTING}.LoggingLevel`, line: 40 }],
    },
  ],
});
