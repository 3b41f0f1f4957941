import type { CodeInfo } from './types.js';

/** Emitted by src/validate/structure.ts. */
const code: CodeInfo = {
  id: 'oas-spec',
  category: 'structure',
  severity: 'error',
  description: 'A Swagger 2.0 rule the JSON Schema cannot express (duplicate parameters, invalid response codes, ...).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
