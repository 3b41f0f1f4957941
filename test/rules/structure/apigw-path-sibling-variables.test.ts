import rule from '../../../rules/structure/path-sibling-variables.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// Each path with one GET (two lines a path: the first path at line 4).
const doc = (...paths: string[]) =>
  oas3(`paths:\n${paths.map((p) => `  ${p}:\n    get: {responses: {'200': {description: ok}}}\n`).join('')}`);

ruleTester(rule, {
  valid: [
    {
      name: 'one variable name per parent, nested variables',
      code: doc('/users/{id}', '/users/{id}/posts/{postId}', '/users/me', '/{proxy+}'),
    },
    { name: 'HTTP APIs', code: doc('/a/{id}', '/a/{proxy+}'), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'two different path variables under one parent, once per conflicting name',
      code: doc('/users/{id}', '/users/{name}/posts', '/users/{name}', '/a/{id}', '/a/{proxy+}'),
      errors: [
        {
          path: 'paths./users/{name}/posts',
          line: 6,
          message: /"\{name\}" and "\{id\}" \(\/users\/\{id\}\) are two different path variables under \/users/,
        },
        { path: 'paths./a/{proxy+}', line: 12 },
      ],
    },
  ],
});
