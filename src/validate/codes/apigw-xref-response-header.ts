import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-response-header',
  category: 'validation',
  severity: 'error',
  description: 'An integration response maps method.response.header.X that its method response does not declare.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
};
export default code;
