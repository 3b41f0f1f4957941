import code from '../../../src/validate/codes/apigw-template-definition-unreadable.js';
import { codeTester } from '../../support/code-tester.js';

// A template's API whose definition lives where apigw cannot read offline: said once, at the
// template property, instead of silently checking nothing.
const samApi = (properties: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${properties}`;

codeTester(code, {
  valid: [
    {
      name: 'an included file beside the template is read',
      file: 'template.yaml',
      code: samApi(`      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./api.yaml
`),
      files: { 'api.yaml': "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n" },
    },
    {
      name: 'a local DefinitionUri is read',
      file: 'template.yaml',
      code: samApi('      DefinitionUri: api.yaml\n'),
      files: { 'api.yaml': "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n" },
    },
  ],
  invalid: [
    {
      name: 'AWS::Include from S3',
      file: 'template.yaml',
      code: samApi(`      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: !Sub s3://\${ArtifactBucket}/api.yaml
`),
      errors: [
        {
          path: 'Resources.Api.Properties.DefinitionBody.Fn::Transform.Parameters.Location',
          line: 11,
          message: /^Api \(AWS::Serverless::Api\): not checked: s3:\/\/\$\{ArtifactBucket\}\/api\.yaml is in S3$/,
        },
      ],
    },
    {
      name: 'DefinitionUri as an S3 bucket and key',
      file: 'template.yaml',
      code: samApi('      DefinitionUri:\n        Bucket: my-bucket\n        Key: api.yaml\n'),
      errors: [{ path: 'Resources.Api.Properties.DefinitionUri', line: 7 }],
    },
    {
      name: 'a RestApi BodyS3Location',
      file: 'template.yaml',
      code: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      BodyS3Location: {Bucket: b, Key: api.yaml}
`,
      errors: [{ path: 'Resources.Api.Properties.BodyS3Location', line: 5 }],
    },
  ],
});
