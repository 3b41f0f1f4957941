import code from '../../../src/validate/codes/apigw-xref-response-header.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// DG request-response-data-mappings: a mapped method response header must be declared on the method response.
codeTester(code, {
  valid: [
    {
      name: 'a declared header',
      code: swagger2(`paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers: {X-Id: {type: string}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.X-Id: "'1'"
`),
    },
  ],
  invalid: [
    {
      name: 'an undeclared header',
      code: swagger2(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.X-Id: "'1'"
`),
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
