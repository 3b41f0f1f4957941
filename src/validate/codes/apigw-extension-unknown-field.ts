import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-extension-unknown-field',
  category: 'extensions',
  severity: 'warn',
  description:
    'A field an extension does not document (often a typo); what API Gateway does with it is not documented.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html',
};
export default code;
