import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-method-parameter',
  category: 'validation',
  severity: 'error',
  description:
    'An integration maps or caches method.request.{path|querystring|header}.X that the operation does not declare.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
};
export default code;
