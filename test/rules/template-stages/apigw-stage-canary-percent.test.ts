import rule from '../../../src/lint/template-rules/stage-canary-percent.js';
import { templateRuleTester } from '../../support/rule-tester.js';
import { restTemplate } from './support.js';

const stage = (canary: string) =>
  restTemplate(
    `  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      CanarySetting: ${canary}\n`,
  );

templateRuleTester(rule, {
  valid: [{ name: '0 to 100', code: stage('{PercentTraffic: 12.5}') }],
  invalid: [
    {
      name: 'a Stage canary over 100',
      code: stage('{PercentTraffic: 150}'),
      errors: [{ path: 'Resources.Stage.Properties.CanarySetting.PercentTraffic', line: 39 }],
    },
    {
      name: 'a Deployment canary below 0',
      code: restTemplate(
        '  Deployment:\n    Type: AWS::ApiGateway::Deployment\n    DependsOn: [ListPets, AddPet, GetPet]\n    Properties:\n      RestApiId: !Ref Api\n      DeploymentCanarySettings:\n        PercentTraffic: -5\n',
      ),
      errors: [{ path: 'Resources.Deployment.Properties.DeploymentCanarySettings.PercentTraffic', line: 41 }],
    },
  ],
});
