import rule from '../../../src/lint/template-rules/stage-method-settings-path.js';
import { templateRuleTester } from '../../support/rule-tester.js';
import { restTemplate } from './support.js';

const stage = (path: string, method: string) =>
  restTemplate(
    `  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      MethodSettings:\n        - ResourcePath: '${path}'\n          HttpMethod: '${method}'\n`,
  );
const SETTING = 'Resources.Stage.Properties.MethodSettings.0';

templateRuleTester(rule, {
  valid: [
    { name: '/* and *', code: stage('/*', '*') },
    { name: 'a ~1-encoded path of the API with its method', code: stage('/~1pets~1{id}', 'GET') },
    { name: 'a ~1-encoded path of the API with *', code: stage('/~1pets', '*') },
  ],
  invalid: [
    {
      name: 'an unencoded path',
      code: stage('/pets/{id}', 'GET'),
      errors: [{ path: `${SETTING}.ResourcePath`, line: 40 }],
    },
    {
      name: 'a path the API does not have',
      code: stage('/~1dogs', 'GET'),
      errors: [{ path: `${SETTING}.ResourcePath`, line: 40 }],
    },
    {
      name: 'a method the path does not have',
      code: stage('/~1pets~1{id}', 'DELETE'),
      errors: [{ path: `${SETTING}.HttpMethod`, line: 41 }],
    },
  ],
});
