import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-method-response',
  category: 'validation',
  severity: 'error',
  description:
    'An integration response names a statusCode that has no method response: an import error with header mappings, a 500 at run time without.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html',
};
export default code;
