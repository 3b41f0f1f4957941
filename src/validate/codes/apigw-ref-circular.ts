import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts (cycles cut by buildResolved in src/definition/refs.ts). */
const code: CodeInfo = {
  id: 'apigw-ref-circular',
  category: 'structure',
  severity: 'error',
  description:
    'A $ref inside an extension (x-...) value that leads back into that value, or a $ref to the whole document; it is not followed.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html',
};
export default code;
