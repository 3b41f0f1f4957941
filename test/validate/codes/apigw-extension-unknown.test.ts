import code from '../../../src/validate/codes/apigw-extension-unknown.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG api-gateway-swagger-extensions: the documented x-amazon-apigateway-* extensions; API Gateway ignores others.
codeTester(code, {
  valid: [{ name: 'a documented extension', code: oas3('x-amazon-apigateway-api-key-source: HEADER\npaths: {}\n') }],
  invalid: [
    {
      name: 'a misspelt extension, with the one meant',
      code: oas3("x-amazon-apigateway-cros: {allowOrigins: ['*']}\npaths: {}\n"),
      errors: [{ path: 'x-amazon-apigateway-cros', line: 3, message: 'did you mean x-amazon-apigateway-cors' }],
    },
  ],
});
