import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-duplicate-operation-id',
  category: 'validation',
  severity: 'error',
  description: 'The same operationId is used by two operations.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
