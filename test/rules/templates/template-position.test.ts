import { test } from 'node:test';
import assert from 'node:assert/strict';
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { sourcePositionOf, valueOffset } from '../../../rules/lib/template-position.js';

/** Where (0-based line, character) the template character at `line`/`column` (1-based) sits in the file. */
function locate(text: string, path: string[], line: number, column: number, json = false) {
  const doc = new Core.Document(text, json ? Parsers.Json : Parsers.Yaml, '/x');
  let value: any = doc.data;
  for (const key of path) value = value[key];
  const range = doc.getRangeForJsonPath(path)!;
  return sourcePositionOf(text, range.start, value, valueOffset(value, line, column));
}

test('literal block scalar: one template line per file line, shifted by the indentation', () => {
  const text = 'a:\n  t: |\n    line1\n    #set($x = 1)\n';
  assert.deepEqual(locate(text, ['a', 't'], 2, 6), { line: 3, character: 9 });
});

test('literal block scalar with blank lines and strip chomping', () => {
  const text = 'a:\n  t: |-\n    one\n\n    three\n';
  assert.deepEqual(locate(text, ['a', 't'], 3, 2), { line: 4, character: 5 });
});

test('folded block scalar: joined lines map back to their source line', () => {
  const text = 'a:\n  t: >\n    one\n    two\n\n    four\n';
  // value "one two\nfour\n": line 1 column 5 is the "t" of "two".
  assert.deepEqual(locate(text, ['a', 't'], 1, 5), { line: 3, character: 4 });
  assert.deepEqual(locate(text, ['a', 't'], 2, 1), { line: 5, character: 4 });
});

test('JSON string: \\n, \\" and \\u escapes take several source characters', () => {
  const text = '{\n  "a": {"t": "x\\n\\"q\\" \\u0041\\n#set($y"}\n}';
  // value: x / "q" A / #set($y — line 3 column 2 is "s".
  assert.deepEqual(locate(text, ['a', 't'], 3, 2, true), { line: 1, character: 32 });
  assert.deepEqual(locate(text, ['a', 't'], 2, 5, true), { line: 1, character: 23 });
});

test('YAML single-quoted and folded plain scalars', () => {
  assert.deepEqual(locate("a:\n  t: 'it''s\n    here'\n", ['a', 't'], 1, 6), { line: 2, character: 4 });
  assert.deepEqual(locate('a:\n  t: one\n    two\n', ['a', 't'], 1, 5), { line: 2, character: 4 });
});

test('gives up instead of guessing when the source does not rebuild the value', () => {
  assert.equal(sourcePositionOf('a: "zzz"\n', { line: 0, character: 3 }, 'other', 2), undefined);
});
