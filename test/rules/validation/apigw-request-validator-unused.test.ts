import rule from '../../../rules/validation/request-validator-unused.js';
import { requestValidatorsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-swagger-extensions-request-validators.
ruleTester(rule, {
  valid: [
    {
      name: 'root default and operations count as uses',
      code: requestValidatorsDoc({ root: 'params', a: 'body', b: 'all' }),
    },
  ],
  invalid: [
    {
      name: 'validator nobody references',
      code: requestValidatorsDoc({ root: 'params', a: 'body' }),
      errors: [
        { path: 'x-amazon-apigateway-request-validators.all', line: 4, message: /Request validator all is not used/ },
      ],
    },
  ],
});
