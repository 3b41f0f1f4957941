import code from '../../../src/validate/codes/oas-schema.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// The OpenAPI 3.0 / Swagger 2.0 JSON Schema; API Gateway's importer tolerates much of it, hence info where it does (the message says so).
codeTester(code, {
  valid: [
    {
      name: 'a well-formed document',
      code: oas3(`paths:
  /a:
    get:
      summary: A
      responses: {'200': {description: ok}}
`),
    },
  ],
  invalid: [
    {
      name: 'a number where a string belongs',
      code: oas3(`paths:
  /a:
    get:
      summary: 5
      responses: {'200': {description: ok}}
`),
      errors: [{ path: 'paths./a.get.summary', line: 6, severity: 'info', message: 'must be string' }],
    },
    {
      name: 'info without version, empty responses',
      code: 'openapi: 3.0.1\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses: {}\n',
      errors: [
        { path: 'info', line: 2, severity: 'info', message: "must have required property 'version'" },
        { path: 'paths./a.get.responses', line: 6, severity: 'info', message: 'must not be empty' },
      ],
    },
  ],
});
