import rule from '../../../src/lint/template-rules/sam-inline-definition-only.js';
import { templateRuleTester } from '../../support/rule-tester.js';

const api = (type: string, definition: string, extra: string) =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: ${type}\n    Properties:\n      StageName: prod\n${definition}${extra}`;
const URI = '      DefinitionUri: ./api.yaml\n';
const INCLUDED =
  '      DefinitionBody:\n        Fn::Transform: {Name: AWS::Include, Parameters: {Location: ./api.yaml}}\n';

templateRuleTester(rule, {
  valid: [
    {
      name: 'an included DefinitionBody with Cors',
      code: api('AWS::Serverless::Api', INCLUDED, '      Cors: "\'*\'"\n'),
    },
    { name: 'an implicit API with Cors', code: api('AWS::Serverless::Api', '', '      Cors: "\'*\'"\n') },
    {
      name: 'DefinitionUri with a property SAM does not write into it',
      code: api('AWS::Serverless::Api', URI, '      TracingEnabled: true\n'),
    },
    {
      name: 'HttpApi DefinitionUri with StageVariables',
      code: api('AWS::Serverless::HttpApi', URI, '      StageVariables: {a: b}\n'),
    },
  ],
  invalid: [
    {
      name: 'Api: Cors and Auth with DefinitionUri',
      code: api('AWS::Serverless::Api', URI, '      Cors: "\'*\'"\n      Auth:\n        ApiKeyRequired: true\n'),
      errors: [
        { path: 'Resources.Api.Properties.Cors', line: 8 },
        { path: 'Resources.Api.Properties.Auth', line: 9 },
      ],
    },
    {
      name: 'HttpApi: Tags with DefinitionUri',
      code: api('AWS::Serverless::HttpApi', URI, '      Tags: {team: a}\n'),
      errors: [{ path: 'Resources.Api.Properties.Tags', line: 8 }],
    },
  ],
});
