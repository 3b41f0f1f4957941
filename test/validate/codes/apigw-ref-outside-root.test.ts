import code from '../../../src/validate/codes/apigw-ref-outside-root.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// A $ref that leaves the project root is never opened (the root here: the document's folder).
// test/hostile/confinement.test.ts covers symlinks, --root, apigw.yaml's folder and git: sources.
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
      name: 'an absolute path',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: '/etc/passwd'
`),
      errors: [
        {
          path: 'paths./a.get.responses.200.$ref',
          line: 8,
          message:
            /^\$ref '\/etc\/passwd' is not followed: it leads outside the project root \(.*\); to allow it, widen the root with --root DIR$/,
        },
      ],
    },
    {
      name: 'a ../ path, also percent-encoded',
      code: oas3(`paths:
  /a:
    get:
      responses:
        '200':
          $ref: '../responses.yaml#/ok'
        '404':
          $ref: '%2e%2e/responses.yaml#/ok'
`),
      errors: [
        { path: 'paths./a.get.responses.200.$ref', line: 8, message: "$ref '../responses.yaml#/ok' is not followed" },
        {
          path: 'paths./a.get.responses.404.$ref',
          line: 10,
          message: "$ref '%2e%2e/responses.yaml#/ok' is not followed",
        },
      ],
    },
  ],
});
