import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-method-response',
  category: 'validation',
  severity: 'error',
  description: 'An integration response names a statusCode that has no method response (warn when it maps no headers).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html',
};
export default code;
