import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-extension-flavour',
  category: 'extensions',
  severity: 'warn',
  description:
    'An extension, field or value of the other API type (REST vs HTTP); API Gateway ignores it (error for HTTP-only enum values in a REST API).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html',
};
export default code;
