import type { CodeInfo } from './types.js';

/** Emitted by src/validate/structure.ts. */
const code: CodeInfo = {
  id: 'oas-schema',
  category: 'structure',
  severity: 'warn',
  description:
    'The document breaks the OpenAPI 2.0 / 3.0 JSON Schema (API Gateway tolerates the common cases; other tools do not).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
