import code from '../../../src/validate/codes/apigw-xref-request-validator.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

const doc = (rootValidator: string) =>
  swagger2(`x-amazon-apigateway-request-validator: ${rootValidator}
x-amazon-apigateway-request-validators:
  basic: {validateRequestBody: true}
paths:
  /a:
    get:
      x-amazon-apigateway-request-validator: basic
      responses: {'200': {description: ok}}
`);

// DG api-gateway-method-request-validation: a method names a validator of x-amazon-apigateway-request-validators.
codeTester(code, {
  valid: [{ name: 'root and method validators that are defined', code: doc('basic') }],
  invalid: [
    {
      name: 'a root validator that is not defined',
      code: doc('strict'),
      errors: [
        {
          path: 'x-amazon-apigateway-request-validator',
          line: 3,
          message:
            "request validator 'strict', which is not defined in x-amazon-apigateway-request-validators (defined: basic)",
        },
      ],
    },
  ],
});
