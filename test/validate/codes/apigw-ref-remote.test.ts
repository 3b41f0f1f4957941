import code from '../../../src/validate/codes/apigw-ref-remote.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// DG api-gateway-known-issues: API Gateway does not fetch remote references.
codeTester(code, {
  valid: [
    {
      name: 'a local $ref',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: '#/components/responses/ok'
components:
  responses:
    ok: {description: ok}
`),
    },
  ],
  invalid: [
    {
      name: 'an https $ref',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: 'https://example.com/r.yaml#/ok'
`),
      errors: [
        {
          path: 'paths./a.get.responses.200.$ref',
          line: 8,
          message: "remote $ref 'https://example.com/r.yaml#/ok' is not followed",
        },
      ],
    },
  ],
});
