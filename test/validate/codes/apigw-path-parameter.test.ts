import code from '../../../src/validate/codes/apigw-path-parameter.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// A path placeholder is a method request path parameter even undeclared (info); a declared path parameter without a placeholder is never filled (warn).
codeTester(code, {
  valid: [
    {
      name: 'a declared placeholder',
      code: swagger2(`paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, type: string}
      responses: {'200': {description: ok}}
`),
    },
  ],
  invalid: [
    {
      name: 'an undeclared placeholder (info) and a parameter without a placeholder (warn)',
      code: swagger2(`paths:
  /a/{id}:
    get:
      parameters:
        - {name: owner, in: path, required: true, type: string}
      responses: {'200': {description: ok}}
`),
      errors: [
        {
          path: 'paths./a/{id}.get',
          line: 5,
          severity: 'info',
          message: "path /a/{id} has the placeholder {id}, but GET /a/{id} declares no path parameter 'id'",
        },
        {
          path: 'paths./a/{id}.get.parameters.0.name',
          line: 7,
          severity: 'warn',
          message: "declares the path parameter 'owner', but path /a/{id} has no {owner} placeholder",
        },
      ],
    },
  ],
});
