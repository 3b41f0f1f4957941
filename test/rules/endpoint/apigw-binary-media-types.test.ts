import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/binary-media-types.js';

const doc = (types: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-binary-media-types:
${types}`;

test('flags SAM-style ~1 escapes and non-media-types', async () => {
  const r = await runRules(rule, doc('  - image~1png\n  - pdf\n'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-binary-media-types', 'x-amazon-apigateway-binary-media-types.0', 5],
      ['apigw-binary-media-types', 'x-amazon-apigateway-binary-media-types.1', 6],
    ],
  );
  assert.match(r[0].message, /write "image\/png"; the ~1 escape belongs to PATCH paths and SAM/);
  assert.match(r[1].message, /"pdf" is not a media type/);
});

test('accepts media types with wildcards', async () => {
  assert.deepEqual(await runRules(rule, doc("  - application/octet-stream\n  - image/*\n  - '*/*'\n")), []);
});
