import type { CodeInfo } from './types.js';

/** Emitted by src/validate/structure.ts. */
const code: CodeInfo = {
  id: 'oas-schema-intrinsic',
  category: 'structure',
  severity: 'info',
  description:
    'A schema check could not be decided: the value is a CloudFormation intrinsic only CloudFormation resolves.',
  awsSource: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html',
};
export default code;
