import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-security-scheme',
  category: 'validation',
  severity: 'error',
  description: 'A security requirement names a scheme that is not defined.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
};
export default code;
