import rule from '../../../rules/integration/integration-http-method-required.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const uri = 'https://example.com/pets';

// DG api-gateway-swagger-extensions-integration: httpMethod is required except for MOCK.
ruleTester(rule, {
  valid: [
    { name: 'MOCK without httpMethod', code: integrationDoc({ type: 'mock', uri }) },
    { name: 'HTTP with httpMethod', code: integrationDoc({ type: 'http', uri, httpMethod: 'GET' }) },
  ],
  invalid: [
    {
      name: 'an HTTP integration without httpMethod',
      code: integrationDoc({ type: 'http_proxy', uri }),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration',
          line: 6,
          message: /http_proxy integration has no `httpMethod`/,
        },
      ],
    },
  ],
});
