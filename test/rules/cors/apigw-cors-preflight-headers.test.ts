import rule from '../../../rules/cors/cors-preflight-headers.js';
import { corsDoc, PREFLIGHT } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'a complete preflight', code: corsDoc({ preflight: PREFLIGHT }) }],
  invalid: [
    {
      name: 'a preflight missing Allow-Headers',
      code: corsDoc({ preflight: PREFLIGHT.replace(/.*Allow-Headers.*\n/, '') }),
      errors: [
        {
          path: 'paths./pets.options.x-amazon-apigateway-integration',
          line: 23,
          message: /does not return Access-Control-Allow-Headers; browsers reject the preflight/,
        },
      ],
    },
  ],
});
