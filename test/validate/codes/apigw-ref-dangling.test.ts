import code from '../../../src/validate/codes/apigw-ref-dangling.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// A $ref to a missing file or pointer: the import fails.
codeTester(code, {
  valid: [
    {
      name: 'a $ref to a file beside the document',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/ok'
`),
      files: { 'responses.yaml': 'ok: {description: ok}\n' },
    },
  ],
  invalid: [
    {
      name: 'a $ref to a missing file',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: './missing.yaml#/ok'
`),
      errors: [
        { path: 'paths./a.get.responses.200.$ref', line: 8, message: "$ref './missing.yaml#/ok' cannot be resolved" },
      ],
    },
    {
      name: 'a $ref to a missing pointer',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: '#/components/responses/gone'
components:
  responses:
    ok: {description: ok}
`),
      errors: [{ path: 'paths./a.get.responses.200.$ref', line: 8 }],
    },
  ],
});
