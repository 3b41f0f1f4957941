import code from '../../../src/validate/codes/apigw-duplicate-operation-id.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

const doc = (second: string) =>
  oas3(`paths:
  /a:
    get:
      operationId: getA
      responses: {'200': {description: ok}}
  /b:
    get:
      operationId: ${second}
      responses: {'200': {description: ok}}
`);

// OpenAPI: operationIds are unique; the importer rejects a document that repeats one.
codeTester(code, {
  valid: [{ name: 'distinct operationIds', code: doc('getB') }],
  invalid: [
    {
      name: 'the same operationId twice',
      code: doc('getA'),
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
