import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/structure/path-segment.js';

const doc = (...paths: string[]) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
${paths.map((p) => `  ${JSON.stringify(p)}:\n    get: {responses: {'200': {description: ok}}}`).join('\n')}
`;

test('flags a variable that is not a whole segment, a greedy variable before the end, and bad characters', async () => {
  const r = await runRules(rule, doc('/files/{name}.json', '/a/{proxy+}/b', '/a/b c', '/ok/{id}', '/u/{user id}'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-path-segment', 'paths./files/{name}.json', 4],
      ['apigw-path-segment', 'paths./a/{proxy+}/b', 6],
      ['apigw-path-segment', 'paths./a/b c', 8],
      ['apigw-path-segment', 'paths./u/{user id}', 12],
    ],
  );
  assert.match(r[0].message, /mixes text and a path variable/);
  assert.match(r[1].message, /greedy path variable "\{proxy\+\}" must be the last segment/);
  assert.match(r[2].message, /"b c" holds characters/);
  assert.match(r[3].message, /must be named with letters, digits/);
});

test('accepts plain, variable, greedy-last, colon and root paths, and leaves deploy-time placeholders alone', async () => {
  assert.deepEqual(
    await runRules(
      rule,
      doc('/', '/pets/{petId}', '/{proxy+}', '/v1/events:batch', '/a/', '/${Stage}/x', '/{{base}}/y'),
    ),
    [],
  );
});
