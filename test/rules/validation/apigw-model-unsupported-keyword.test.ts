import rule from '../../../rules/validation/model-unsupported-keyword.js';
import { swagger2, modelsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues: discriminator, example, exclusiveMinimum, readOnly, default unsupported.
ruleTester(rule, {
  valid: [
    {
      name: 'plain draft-4 schemas pass',
      code: swagger2(
        'paths: {}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      id: {type: integer, minimum: 1}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'every unsupported keyword, in the body schema and the definitions',
      code: modelsDoc(),
      errors: [
        { path: 'paths./a.post.parameters.0.schema.properties.n.default', line: 12 },
        { path: 'definitions.Pet_Model.discriminator', line: 20 },
        { path: 'definitions.Pet_Model.properties.id.example', line: 22 },
        { path: 'definitions.Pet_Model.properties.id.readOnly', line: 22 },
        { path: 'definitions.Pet_Model.properties.price.exclusiveMinimum', line: 23 },
      ],
    },
  ],
});
