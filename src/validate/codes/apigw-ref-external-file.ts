import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts for definitions inside a CloudFormation/SAM template. */
const code: CodeInfo = {
  id: 'apigw-ref-external-file',
  category: 'structure',
  severity: 'warn',
  description:
    'A definition CloudFormation passes to API Gateway (Body, DefinitionBody, an included file) has a $ref to another file, which the importer cannot read.',
  awsSource: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html',
};
export default code;
