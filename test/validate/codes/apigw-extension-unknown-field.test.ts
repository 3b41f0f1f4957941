import code from '../../../src/validate/codes/apigw-extension-unknown-field.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG api-gateway-swagger-extensions-integration: the documented fields of x-amazon-apigateway-integration.
codeTester(code, {
  valid: [
    {
      name: 'documented fields only',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeoutInMillis: 100
`),
    },
  ],
  invalid: [
    {
      name: 'an undocumented field',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeout: 100
`),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.timeout',
          line: 9,
          message: "x-amazon-apigateway-integration has an undocumented field 'timeout'",
        },
      ],
    },
  ],
});
