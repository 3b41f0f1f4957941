import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/tags.js';

const doc = (tags: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
tags:
${tags}
paths: {}
`;

test('reserved aws: keys, long keys and values, more than 50 tags', async () => {
  const r = await runRules(
    rule,
    doc(
      `  - name: aws:owner\n    x-amazon-apigateway-tag-value: me\n  - name: ${'k'.repeat(129)}\n  - name: team\n    x-amazon-apigateway-tag-value: ${'v'.repeat(257)}`,
    ),
    { flavour: 'http' },
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-tags', 'tags.0.name', 4],
      ['apigw-tags', 'tags.1.name', 6],
      ['apigw-tags', 'tags.2.x-amazon-apigateway-tag-value', 8],
    ],
  );
  assert.match(r[0].message, /starts with "aws:"/);
  const many = await runRules(rule, doc(Array.from({ length: 51 }, (_, i) => `  - name: t${i}`).join('\n')), {
    flavour: 'http',
  });
  assert.deepEqual(
    many.map((x) => [x.path, x.message]),
    [['tags', '51 tags; a resource takes at most 50, so the import fails.']],
  );
});

test('ordinary tags pass, and REST APIs are not judged', async () => {
  assert.deepEqual(
    await runRules(rule, doc('  - name: team\n    x-amazon-apigateway-tag-value: payments\n  - name: pets'), {
      flavour: 'http',
    }),
    [],
  );
  assert.deepEqual(await runRules(rule, doc('  - name: aws:x'), { flavour: 'rest' }), []);
});
