import type { CodeInfo } from './types.js';

/** Emitted by src/validate/structure.ts. */
const code: CodeInfo = {
  id: 'oas-structure-unchecked',
  category: 'structure',
  severity: 'warn',
  description: 'The structure check could not run on this document at all (unsupported version, a $ref to nothing).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
