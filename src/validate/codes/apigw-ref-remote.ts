import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts. */
const code: CodeInfo = {
  id: 'apigw-ref-remote',
  category: 'structure',
  severity: 'warn',
  description: 'A remote $ref (http/https) that API Gateway does not fetch; apigw does not follow it either.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
};
export default code;
