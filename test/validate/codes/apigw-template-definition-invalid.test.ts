import code from '../../../src/validate/codes/apigw-template-definition-invalid.js';
import { codeTester } from '../../support/code-tester.js';

// A template's API definition that cannot be loaded at all is an error at the template (or at the
// included file), and the template's other APIs are still checked.
const template = (location: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ${location}
  Other:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        paths: {}
`;

codeTester(code, {
  valid: [
    {
      name: 'an included OpenAPI document',
      file: 'template.yaml',
      code: template('./api.yaml'),
      files: { 'api.yaml': "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n" },
    },
  ],
  invalid: [
    {
      name: 'an included file that does not exist',
      file: 'template.yaml',
      code: template('./missing.yaml'),
      // Placed at the property that names the file (a finding in a file that does not exist
      // could not be shown), the file named in the message.
      errors: [
        {
          path: 'Resources.Api.Properties.DefinitionBody.Fn::Transform.Parameters.Location',
          line: 11,
          message: 'Api (AWS::Serverless::Api): missing.yaml: file not found',
        },
      ],
    },
    {
      name: 'a DefinitionUri that does not exist',
      file: 'template.yaml',
      code: template('./api.yaml').replace(
        /      DefinitionBody:\n        Fn::Transform:\n          Name: AWS::Include\n          Parameters:\n            Location: .\/api.yaml\n/,
        '      DefinitionUri: gone.yaml\n',
      ),
      errors: [
        {
          path: 'Resources.Api.Properties.DefinitionUri',
          line: 7,
          message: 'Api (AWS::Serverless::Api): gone.yaml: file not found',
        },
      ],
    },
    {
      name: 'an included file that is no OpenAPI document: placed in that file',
      file: 'template.yaml',
      code: template('./api.yaml'),
      files: { 'api.yaml': 'title: not an API\n' },
      errors: [{ path: '', line: 1, message: /^Api \(AWS::Serverless::Api\): / }],
    },
  ],
});
