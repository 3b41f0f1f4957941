import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-extension-schema',
  category: 'extensions',
  severity: 'error',
  description: 'An extension value breaks its documented shape (type, enum, range, required field).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html',
};
export default code;
