import rule from '../../../rules/templates/template-size.js';
import { requestTemplateDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-execution-service-limits-table: mapping template size 300 KB (300 × 1024 bytes).
const KB300 = 300 * 1024;
const TEMPLATE = 'paths./pets.post.x-amazon-apigateway-integration.requestTemplates.application/json';

ruleTester(rule, {
  valid: [{ name: 'exactly 300 KB passes', code: requestTemplateDoc('x'.repeat(KB300)) }],
  invalid: [
    {
      name: 'one byte over 300 KB',
      code: requestTemplateDoc('x'.repeat(KB300 + 1)),
      errors: [{ path: TEMPLATE, line: 12, message: '307201 bytes' }],
    },
    {
      name: 'bytes are UTF-8 bytes, not characters',
      code: requestTemplateDoc('é'.repeat(KB300 / 2 + 1)),
      errors: [{ path: TEMPLATE, line: 12, message: '307202 bytes' }],
    },
  ],
});
