import code from '../../../src/validate/codes/oas-spec.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// Swagger 2.0 rules the JSON Schema cannot express (swagger-parser's validation).
codeTester(code, {
  valid: [
    {
      name: 'a valid response code',
      code: swagger2("paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n"),
    },
  ],
  invalid: [
    {
      name: 'an invalid response code',
      code: swagger2("paths:\n  /a:\n    get:\n      responses:\n        '999': {description: odd}\n"),
      errors: [{ path: 'paths./a.get.responses.999', line: 7, message: 'has an invalid response code (999)' }],
    },
  ],
});
