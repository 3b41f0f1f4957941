import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-undecidable',
  category: 'extensions',
  severity: 'info',
  description: 'A value is a CloudFormation intrinsic or a deploy-time placeholder, so its check cannot be decided.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html',
};
export default code;
