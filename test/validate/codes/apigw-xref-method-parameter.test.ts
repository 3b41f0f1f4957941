import code from '../../../src/validate/codes/apigw-xref-method-parameter.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// DG request-response-data-mappings: a method request parameter must be declared before it is mapped (the importer: "Invalid mapping expression specified").
codeTester(code, {
  valid: [
    {
      name: 'a declared query parameter',
      code: swagger2(`paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, type: string}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        requestParameters:
          integration.request.querystring.q: method.request.querystring.q
`),
    },
  ],
  invalid: [
    {
      name: 'an undeclared query parameter',
      code: swagger2(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/a
        requestParameters:
          integration.request.querystring.q: method.request.querystring.q
`),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.requestParameters.integration.request.querystring.q',
          line: 12,
          message: "uses method.request.querystring.q, but GET /a declares no query parameter 'q'",
        },
      ],
    },
  ],
});
