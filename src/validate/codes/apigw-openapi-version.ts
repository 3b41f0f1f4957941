import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts. */
const code: CodeInfo = {
  id: 'apigw-openapi-version',
  category: 'structure',
  severity: 'error',
  description: 'OpenAPI 3.1 (API Gateway rejects it), an unknown version, or Swagger 2.0 for an HTTP API.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
};
export default code;
