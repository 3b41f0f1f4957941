import rule from '../../../rules/structure/path-segment.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// Each path with one GET (two lines a path: the first path at line 4).
const doc = (...paths: string[]) =>
  oas3(
    `paths:\n${paths.map((p) => `  ${JSON.stringify(p)}:\n    get: {responses: {'200': {description: ok}}}\n`).join('')}`,
  );

ruleTester(rule, {
  valid: [
    {
      name: 'plain, variable, greedy-last, colon and root paths; deploy-time placeholders left alone',
      code: doc('/', '/pets/{petId}', '/{proxy+}', '/v1/events:batch', '/a/', '/${Stage}/x', '/{{base}}/y'),
    },
  ],
  invalid: [
    {
      name: 'a variable that is not a whole segment, a greedy variable before the end, bad characters',
      code: doc('/files/{name}.json', '/a/{proxy+}/b', '/a/b c', '/ok/{id}', '/u/{user id}'),
      errors: [
        { path: 'paths./files/{name}.json', line: 4, message: /mixes text and a path variable/ },
        {
          path: 'paths./a/{proxy+}/b',
          line: 6,
          message: /greedy path variable "\{proxy\+\}" must be the last segment/,
        },
        { path: 'paths./a/b c', line: 8, message: /"b c" holds characters/ },
        { path: 'paths./u/{user id}', line: 12, message: /must be named with letters, digits/ },
      ],
    },
  ],
});
