import rule from '../../../rules/validation/model-name.js';
import { modelsDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// BOTO-V1 CreateModelRequest.name: alphanumeric.
ruleTester(rule, {
  valid: [{ name: 'HTTP APIs have no models', code: modelsDoc('openapi: 3.0.1'), options: { flavour: 'http' } }],
  invalid: [
    {
      name: 'underscore in a schema name',
      code: modelsDoc(),
      errors: [{ path: 'definitions.Pet_Model', line: 18, message: /Rename it to PetModel/ }],
    },
  ],
});
