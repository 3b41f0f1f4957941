import code from '../../../src/validate/codes/apigw-duplicate-key.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// YAML keys are unique; a parser keeps one of the values, so what API Gateway imports differs from what the file shows.
codeTester(code, {
  valid: [
    {
      name: 'distinct keys',
      code: oas3(`paths:
  /a:
    get:
      summary: one
      responses: {'200': {description: ok}}
`),
    },
  ],
  invalid: [
    {
      name: 'a key written twice',
      code: oas3(`paths:
  /a:
    get:
      summary: one
      summary: two
      responses: {'200': {description: ok}}
`),
      errors: [{ path: '', line: 7, message: 'duplicate key: the importer keeps only one of the values' }],
    },
  ],
});
