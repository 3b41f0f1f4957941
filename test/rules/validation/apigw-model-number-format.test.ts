import rule from '../../../rules/validation/model-number-format.js';
import { swagger2, modelsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues: int32/int64 on number and decimal unsupported.
ruleTester(rule, {
  valid: [
    {
      name: 'int64 on integer passes',
      code: swagger2(
        'paths: {}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      id: {type: integer, format: int64}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'int64 on number and decimal',
      code: modelsDoc(),
      errors: [
        { path: 'paths./a.post.parameters.0.schema.properties.n.format', line: 12 },
        { path: 'definitions.Pet_Model.properties.price.format', line: 23 },
      ],
    },
  ],
});
