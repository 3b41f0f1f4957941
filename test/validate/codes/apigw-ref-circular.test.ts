import code from '../../../src/validate/codes/apigw-ref-circular.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// A $ref inside an extension value that leads back into it, or to the whole document, is cut.
codeTester(code, {
  valid: [
    {
      name: 'a recursive schema under components (a model may refer to itself)',
      code: oas3(`paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
`),
    },
  ],
  invalid: [
    {
      name: 'a recursive schema reached from x-amazon-apigateway-cors',
      code: oas3(`paths: {}
x-amazon-apigateway-cors: {$ref: '#/components/schemas/Node'}
components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
`),
      errors: [
        {
          path: 'components.schemas.Node.properties.next.$ref',
          line: 10,
          message: "$ref '#/components/schemas/Node' inside x-amazon-apigateway-cors leads back into its own value",
        },
      ],
    },
    {
      name: "$ref '#' inside an extension value",
      code: oas3(`paths: {}
x-amazon-apigateway-policy: {$ref: '#'}
`),
      errors: [
        {
          path: 'x-amazon-apigateway-policy.$ref',
          line: 4,
          message: "$ref '#' inside x-amazon-apigateway-policy leads back into its own value",
        },
      ],
    },
    {
      name: 'paths as a $ref to the whole document',
      code: oas3(`paths: {$ref: ''}
`),
      errors: [{ path: 'paths.$ref', line: 3, message: "$ref '' points at the whole document that contains it" }],
    },
  ],
});
