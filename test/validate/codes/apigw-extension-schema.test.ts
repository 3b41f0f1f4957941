import code from '../../../src/validate/codes/apigw-extension-schema.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG api-gateway-swagger-extensions-integration: the field types of each extension.
codeTester(code, {
  valid: [
    {
      name: 'an integer timeout',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeoutInMillis: 5000
`),
    },
  ],
  invalid: [
    {
      name: 'a string timeout',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeoutInMillis: soon
`),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.timeoutInMillis',
          line: 9,
          message: 'x-amazon-apigateway-integration.timeoutInMillis must be an integer (got a string)',
        },
      ],
    },
  ],
});
