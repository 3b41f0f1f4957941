import type { CodeInfo } from './types.js';

/** Emitted by src/definition/template/load.ts when a template's API definition cannot be read offline. */
const code: CodeInfo = {
  id: 'apigw-template-definition-unreadable',
  category: 'structure',
  severity: 'info',
  description:
    "A template's API definition apigw cannot read offline (S3, a location computed at deploy time, a Method whose path is unknown): not checked.",
  awsSource:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-restapi.html',
};
export default code;
