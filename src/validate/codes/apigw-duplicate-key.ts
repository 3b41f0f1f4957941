import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts. */
const code: CodeInfo = {
  id: 'apigw-duplicate-key',
  category: 'structure',
  severity: 'warn',
  description: 'A mapping repeats a key; the importer keeps only one of the values.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
