import rule from '../../../rules/validation/method-response-schema-object.js';
import { oas3, modelsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues: method response models must be objects.
ruleTester(rule, {
  valid: [
    {
      name: 'text responses and object schemas pass',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            text/plain:
              schema: {type: string}
            application/json:
              schema: {type: object}
`),
    },
  ],
  invalid: [
    {
      name: 'primitive JSON response schema',
      code: modelsDoc(),
      errors: [{ path: 'paths./a.post.responses.200.schema.type', line: 16 }],
    },
  ],
});
