import rule from '../../../src/lint/template-rules/deployment-depends-on-methods.js';
import { templateRuleTester } from '../../support/rule-tester.js';
import { restTemplate } from './support.js';

const deployment = (dependsOn: string) =>
  `  Deployment:\n    Type: AWS::ApiGateway::Deployment\n${dependsOn}    Properties:\n      RestApiId: !Ref Api\n`;

templateRuleTester(rule, {
  valid: [
    { name: 'DependsOn every Method', code: restTemplate(deployment('    DependsOn: [ListPets, AddPet, GetPet]\n')) },
    {
      name: 'DependsOn every Method through another resource',
      code: restTemplate(
        `  Marker:\n    Type: AWS::CloudFormation::WaitConditionHandle\n    DependsOn: [AddPet, GetPet]\n${deployment('    DependsOn: [ListPets, Marker]\n')}`,
      ),
    },
  ],
  invalid: [
    { name: 'no DependsOn', code: restTemplate(deployment('')), errors: [{ path: 'Resources.Deployment', line: 35 }] },
    {
      name: 'a DependsOn that misses a Method',
      code: restTemplate(deployment('    DependsOn: [ListPets, AddPet]\n')),
      errors: [{ path: 'Resources.Deployment.DependsOn', line: 37 }],
    },
  ],
});
