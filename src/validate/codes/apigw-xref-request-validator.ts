import type { CodeInfo } from './types.js';

/** Emitted by src/validate/crossrefs.ts. */
const code: CodeInfo = {
  id: 'apigw-xref-request-validator',
  category: 'validation',
  severity: 'error',
  description:
    '`x-amazon-apigateway-request-validator` names a validator that `x-amazon-apigateway-request-validators` does not define.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html',
};
export default code;
