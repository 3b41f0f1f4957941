import rule from '../../../rules/auth/http-security-single-requirement.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** GET /a: two alternatives (security at line 6); GET /b: two schemes combined (line 13); GET /c: one. */
const SECURITY = oas3(`paths:
  /a:
    get:
      security:
        - jwt: []
        - lambda: []
      responses: {}
  /b:
    get:
      security:
        - {jwt: [], lambda: []}
      responses: {}
  /c:
    get:
      security:
        - jwt: [read]
      responses: {}
`);

// DG http-api-open-api: more than one security requirement is an import error.
ruleTester(rule, {
  valid: [{ name: 'REST APIs are not checked', code: SECURITY, options: { flavour: 'rest' } }],
  invalid: [
    {
      name: 'alternatives and combinations are import errors',
      code: SECURITY,
      options: { flavour: 'http' },
      errors: [
        { path: 'paths./a.get.security', line: 6, message: /GET \/a lists 2 alternative security requirements/ },
        { path: 'paths./b.get.security.0', line: 13 },
      ],
    },
  ],
});
