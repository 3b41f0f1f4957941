import type { CodeInfo } from './types.js';

/** Emitted by src/validate/extensions.ts. */
const code: CodeInfo = {
  id: 'apigw-extension-unknown',
  category: 'extensions',
  severity: 'warn',
  description:
    'An `x-amazon-apigateway-*` name (or a look-alike) that is not a documented extension; API Gateway ignores it.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html',
};
export default code;
