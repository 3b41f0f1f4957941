import code from '../../../src/validate/codes/apigw-extension-placement.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG api-gateway-swagger-extensions: each extension's page says where the importer reads it.
codeTester(code, {
  valid: [
    {
      name: 'an integration on an operation',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock}
`),
    },
  ],
  invalid: [
    {
      name: 'an integration at the document root',
      code: oas3('x-amazon-apigateway-integration: {type: mock}\npaths: {}\n'),
      errors: [
        {
          path: 'x-amazon-apigateway-integration',
          line: 3,
          message: 'x-amazon-apigateway-integration is not read at the document root; it belongs in an operation',
        },
      ],
    },
  ],
});
