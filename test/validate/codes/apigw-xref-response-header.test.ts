import code from '../../../src/validate/codes/apigw-xref-response-header.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const doc = (operation: string) =>
  integrationDoc(
    {
      type: 'http',
      httpMethod: 'GET',
      uri: 'https://example.com/a',
      responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-Id': "'1'" } } },
    },
    { swagger: true, path: '/a', operation },
  );

// DG request-response-data-mappings: a mapped method response header must be declared on the method response.
codeTester(code, {
  valid: [
    {
      name: 'a declared header',
      code: doc("responses:\n  '200':\n    description: ok\n    headers: {X-Id: {type: string}}\n"),
    },
  ],
  invalid: [
    {
      name: 'an undeclared header',
      code: doc("responses: {'200': {description: ok}}\n"),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.X-Id',
          line: 15,
          message: "the 200 response of GET /a does not declare header 'X-Id'",
        },
      ],
    },
  ],
});
