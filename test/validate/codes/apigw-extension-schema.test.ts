import code from '../../../src/validate/codes/apigw-extension-schema.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const OK = "responses: {'200': {description: ok}}\n";
const mock = (timeoutInMillis: unknown) => integrationDoc({ type: 'mock', timeoutInMillis }, { operation: OK });

// DG api-gateway-swagger-extensions-integration: the field types of each extension.
codeTester(code, {
  valid: [{ name: 'an integer timeout', code: mock(5000) }],
  invalid: [
    {
      name: 'a string timeout',
      code: mock('soon'),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.timeoutInMillis',
          line: 9,
          message: 'x-amazon-apigateway-integration.timeoutInMillis must be an integer (got a string)',
        },
      ],
    },
  ],
});
