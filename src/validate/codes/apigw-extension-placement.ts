import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-extension-placement',
  category: 'extensions',
  severity: 'warn',
  description: 'A documented extension in a place the importer does not read it.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html',
};
export default code;
