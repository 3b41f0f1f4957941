import rule from '../../../rules/integration/binary-preflight-content-handling.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// A MOCK preflight OPTIONS /pets (the integration at line 8) under x-amazon-apigateway-binary-media-types.
const doc = (types: string, contentHandling?: string) =>
  integrationDoc(
    {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      responses: { default: { statusCode: '200' } },
      ...(contentHandling ? { contentHandling } : {}),
    },
    { swagger: true, method: 'options', operation: "responses: {'200': {description: ok}}\n" },
  ).replace('paths:\n', `x-amazon-apigateway-binary-media-types: ${types}\npaths:\n`);
const INTEGRATION = 'paths./pets.options.x-amazon-apigateway-integration';
const rest = { flavour: 'rest' as const };

// DG api-gateway-payload-encodings-workflow: a binary payload is not run through a template unless converted.
ruleTester(rule, {
  valid: [
    { name: 'CONVERT_TO_TEXT', code: doc("['*/*']", 'CONVERT_TO_TEXT'), options: rest },
    { name: 'binary types that do not match every request', code: doc("['image/png']"), options: rest },
  ],
  invalid: [
    {
      name: '*/* binary media types and a MOCK preflight without contentHandling',
      code: doc("['*/*']"),
      options: rest,
      errors: [{ path: INTEGRATION, line: 8, message: /every OPTIONS \/pets fails with 500/ }],
    },
    {
      name: '*/* binary media types and a MOCK preflight with CONVERT_TO_BINARY',
      code: doc("['*/*']", 'CONVERT_TO_BINARY'),
      options: rest,
      errors: [{ path: `${INTEGRATION}.contentHandling`, line: 15 }],
    },
  ],
});
