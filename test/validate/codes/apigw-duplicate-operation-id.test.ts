import code from '../../../src/validate/codes/apigw-duplicate-operation-id.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// OpenAPI: operationIds are unique; the importer rejects a document that repeats one.
codeTester(code, {
  valid: [
    {
      name: 'distinct operationIds',
      code: oas3(`paths:
  /a:
    get:
      operationId: getA
      responses: {'200': {description: ok}}
  /b:
    get:
      operationId: getB
      responses: {'200': {description: ok}}
`),
    },
  ],
  invalid: [
    {
      name: 'the same operationId twice',
      code: oas3(`paths:
  /a:
    get:
      operationId: getA
      responses: {'200': {description: ok}}
  /b:
    get:
      operationId: getA
      responses: {'200': {description: ok}}
`),
      errors: [
        {
          path: 'paths./b.get.operationId',
          line: 10,
          message: "operationId 'getA' of GET /b is already used by GET /a (line 6)",
        },
      ],
    },
  ],
});
