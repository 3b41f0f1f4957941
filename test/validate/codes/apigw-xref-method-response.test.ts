import code from '../../../src/validate/codes/apigw-xref-method-response.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const doc = (responses: string) =>
  integrationDoc(
    {
      type: 'http',
      httpMethod: 'GET',
      uri: 'https://example.com/a',
      responses: { default: { statusCode: '200' }, 'Not found.*': { statusCode: '404' } },
    },
    { swagger: true, path: '/a', operation: `responses: ${responses}\n` },
  );

// The importer: "No method response exists for method." when an integration response's status has
// no method response (github.com/amazon-archives/aws-apigateway-importer/issues/121); at run time
// 500 "Output mapping refers to an invalid method response", so an error also without header mappings.
codeTester(code, {
  valid: [
    {
      name: 'every status has a method response',
      code: doc("{'200': {description: ok}, '404': {description: missing}}"),
    },
  ],
  invalid: [
    {
      name: 'a 404 integration response without a 404 method response',
      code: doc("{'200': {description: ok}}"),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.responses.Not found.*.statusCode',
          line: 15,
          severity: 'error',
          message: 'returns status 404, but GET /a has no 404 response (declared: 200)',
        },
      ],
    },
  ],
});
