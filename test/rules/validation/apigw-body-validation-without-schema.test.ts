import rule from '../../../rules/validation/body-validation-without-schema.js';
import { requestValidatorsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const rest = { flavour: 'rest' } as const;

// DG api-gateway-method-request-validation: body validation uses the request model.
ruleTester(rule, {
  valid: [
    {
      name: 'parameter-only validation needs no schema',
      code: requestValidatorsDoc({ root: 'params' }),
      options: rest,
    },
    {
      name: 'a GET with an explicit body-and-parameters validator has no body to validate',
      code: requestValidatorsDoc({ root: 'params', b: 'all' }),
      options: rest,
    },
  ],
  invalid: [
    {
      name: 'an explicit body validator on a POST without a schema',
      code: requestValidatorsDoc({ root: 'params', a: 'body', b: 'all' }),
      options: rest,
      errors: [
        {
          path: 'paths./a.post.x-amazon-apigateway-request-validator',
          line: 11,
          message: /POST \/a uses validator body \(validateRequestBody: true\) but declares no request body schema/,
        },
      ],
    },
    {
      name: 'a root default with body validation only concerns POST/PUT/PATCH',
      code: requestValidatorsDoc({ root: 'all' }),
      options: rest,
      errors: [{ path: 'paths./a.post', line: 10 }],
    },
  ],
});
