import code from '../../../src/validate/codes/apigw-extension-unknown-field.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const OK = "responses: {'200': {description: ok}}\n";

// DG api-gateway-swagger-extensions-integration: the documented fields of x-amazon-apigateway-integration.
codeTester(code, {
  valid: [
    { name: 'documented fields only', code: integrationDoc({ type: 'mock', timeoutInMillis: 100 }, { operation: OK }) },
  ],
  invalid: [
    {
      name: 'an undocumented field',
      code: integrationDoc({ type: 'mock', timeout: 100 }, { operation: OK }),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.timeout',
          line: 9,
          message: "x-amazon-apigateway-integration has an undocumented field 'timeout'",
        },
      ],
    },
  ],
});
