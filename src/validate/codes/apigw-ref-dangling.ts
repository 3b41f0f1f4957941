import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts (lint and validate: `danglingRefs: 'report'`). */
const code: CodeInfo = {
  id: 'apigw-ref-dangling',
  category: 'structure',
  severity: 'error',
  description:
    'A $ref that resolves to nothing (missing file or pointer); the rest is checked with its target unknown.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html',
};
export default code;
