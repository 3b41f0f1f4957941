import type { CodeInfo } from './types.js';

/** Emitted by src/definition/load.ts and src/definition/template/load.ts (confinement: src/definition/confine.ts). */
const code: CodeInfo = {
  id: 'apigw-ref-outside-root',
  category: 'structure',
  severity: 'error',
  description:
    'A $ref (or a template DefinitionUri/AWS::Include location) that leads outside the project root; apigw does not read it.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html',
};
export default code;
