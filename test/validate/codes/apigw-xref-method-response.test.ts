import code from '../../../src/validate/codes/apigw-xref-method-response.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// The importer: "No method response exists for method." when an integration response's status has no method response.
codeTester(code, {
  valid: [
    {
      name: 'every status has a method response',
      code: swagger2(`paths:
  /a:
    get:
      responses: {'200': {description: ok}, '404': {description: missing}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        responses:
          default: {statusCode: '200'}
          'Not found.*': {statusCode: '404'}
`),
    },
  ],
  invalid: [
    {
      name: 'a 404 integration response without a 404 method response',
      code: swagger2(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        responses:
          default: {statusCode: '200'}
          'Not found.*': {statusCode: '404'}
`),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.responses.Not found.*.statusCode',
          line: 13,
          severity: 'warn',
          message: 'returns status 404, but GET /a has no 404 response (declared: 200)',
        },
      ],
    },
  ],
});
