import code from '../../../src/validate/codes/apigw-extension-flavour.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG http-api-vs-rest / api-gateway-swagger-extensions: some extensions are read by one API type only.
codeTester(code, {
  valid: [
    {
      name: 'x-amazon-apigateway-cors on an HTTP API',
      code: oas3("x-amazon-apigateway-cors: {allowOrigins: ['*']}\npaths: {}\n"),
      apiType: 'http',
    },
  ],
  invalid: [
    {
      name: 'x-amazon-apigateway-cors (HTTP only) on a REST API',
      code: oas3("x-amazon-apigateway-cors: {allowOrigins: ['*']}\npaths: {}\n"),
      apiType: 'rest',
      errors: [
        { path: 'x-amazon-apigateway-cors', line: 3, message: 'x-amazon-apigateway-cors is used only by HTTP APIs' },
      ],
    },
  ],
});
