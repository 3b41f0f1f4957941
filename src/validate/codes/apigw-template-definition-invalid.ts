import type { CodeInfo } from './types.js';

/** Emitted by src/definition/template/load.ts when a template's API definition cannot be loaded at all. */
const code: CodeInfo = {
  id: 'apigw-template-definition-invalid',
  category: 'structure',
  severity: 'error',
  description:
    "A template's API definition that cannot be loaded (a missing included file, no openapi/swagger field, a $ref chain that never ends); the template's other APIs are still checked.",
  awsSource: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-aws-include.html',
};
export default code;
