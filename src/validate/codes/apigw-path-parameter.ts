import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-path-parameter',
  category: 'validation',
  severity: 'warn',
  description:
    'A path placeholder without a declared path parameter (info for HTTP APIs), or a declared path parameter without a placeholder.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
};
export default code;
