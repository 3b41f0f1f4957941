/**
 * The JSON fast path (src/definition/json-fast.ts, json-index.ts) gives exactly what the old
 * parse gave: the data (values and key order), the parser's warnings, the error (message, line,
 * column) and the position of every path, found or not, with and without `closest`. The reference
 * is `@stoplight/json`'s `parseWithPointers` with its own `getLocationForJsonPath`, key order
 * restored from its positions (what parse.ts did for every JSON file before the fast path).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWithPointers, getLocationForJsonPath } from '@stoplight/json';
import { parseSource } from '../../src/definition/parse.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/definition/parse-limits.js';
import { locatorFor } from '../../src/definition/positions.js';
import { restoreSourceKeyOrder } from '../../src/definition/key-order.js';
import { keysOf } from '../../src/definition/keys.js';
import { InputError } from '../../src/core/errors.js';
import type { JsonPath } from '../../src/core/finding.js';
import { corpusDir, corpusSkip } from '../support/cli.js';
import { MISSES, pathsOf } from '../support/json-paths.js';
import { generateSpec } from '../../bench/generate-spec.mjs';

const benchDir = join(corpusDir, '..', '..', 'bench-specs');

/** Did parseSource take the fast path? Its parser result builds the old AST only when asked. */
function tookFastPath(parserResult: object): boolean {
  return typeof Object.getOwnPropertyDescriptor(parserResult, 'ast')?.get === 'function';
}

/** Data as a string that shows key order (JSON.stringify lists keys in `Object.keys` order). */
function ordered(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      if (typeof v === 'number' && !Number.isFinite(v)) return `number:${v}`;
      if (typeof v === 'number' && Object.is(v, -0)) return 'number:-0';
      return v;
    }
    const out: Record<string, unknown> = {};
    for (const key of keysOf(v)) out[`k:${key}`] = (v as Record<string, unknown>)[key];
    return out;
  });
}

type Outcome =
  | { error: string; line?: number; column?: number }
  | { data: string; warnings: unknown; fast: boolean; locate: (path: JsonPath, closest: boolean) => unknown };

function viaApigw(text: string): Outcome {
  try {
    const { file, warnings } = parseSource('/x/def.json', text);
    const locate = locatorFor(file.parserResult as object, 'json');
    return {
      data: ordered(file.data),
      warnings,
      fast: tookFastPath(file.parserResult as object),
      locate: (path, closest) => locate(path, closest),
    };
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return { error: error.message, line: error.place?.line, column: error.place?.column };
  }
}

/** The old parse: jsonc-parser's AST and data, its lookup, key order restored from its positions. */
function viaOriginal(text: string): { data: string; locate: (path: JsonPath, closest: boolean) => unknown } {
  const result = parseWithPointers(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false });
  const locate = (path: JsonPath, closest: boolean) => getLocationForJsonPath(result, path, closest);
  const data = restoreSourceKeyOrder(result.data, (p) => locate(p, true)?.range);
  return { data: ordered(data), locate };
}

function compare(name: string, text: string, every = 1): { fast: boolean; checked: number } {
  const got = viaApigw(text);
  assert.ok('data' in got, `${name}: ${JSON.stringify(got)}`);
  const want = viaOriginal(text);
  assert.equal(got.data, want.data, `${name}: data`);
  let checked = 0;
  for (const path of pathsOf(JSON.parse(want.data), every, [...MISSES, [''], [-1]])) {
    for (const closest of [true, false]) {
      // Paths of the `ordered` copy carry a `k:` prefix on keys.
      const real = path.map((s) => (typeof s === 'string' && s.startsWith('k:') ? s.slice(2) : s));
      const a = got.locate(real, closest);
      const b = want.locate(real, closest);
      if (JSON.stringify(a) !== JSON.stringify(b))
        assert.deepEqual(a, b, `${name}: ${JSON.stringify(real)} (closest ${closest})`);
      checked++;
    }
  }
  return { fast: got.fast, checked };
}

const TRICKY: { name: string; text: string; fast: boolean }[] = [
  {
    name: 'escapes in keys and values',
    text: '{"a\\"b": "x\\\\", "c\\\\": ["\\"", "\\\\\\""], "\\u0041": "\\n\\t\\/"}',
    fast: true,
  },
  {
    name: 'unicode, surrogate pairs, a lone surrogate',
    text: '{"é": "日本", "😀": "\\ud83d\\ude00", "lone": "\\ud800", "k\\u00e9y": 1}',
    fast: true,
  },
  {
    name: 'numbers',
    text: '{"big": 1e400, "neg": -1e400, "z": -0, "i": 12345678901234567890, "f": 0.1, "e": 1E-7, "p": 2e+3}',
    fast: true,
  },
  { name: 'whitespace, CRLF and lone CR', text: '\r\n {\t"a" :\r[ 1 ,\r\n 2 ],\n\n  "b"\n:\n{ }\r}\n', fast: true },
  {
    name: 'nested arrays and empty containers',
    text: '[[], [[[]]], {}, [{}, {"a": []}], "", 0, true, false, null]',
    fast: true,
  },
  {
    name: 'integer-like keys out of order',
    text: '{"r": {"404": 1, "200": 2, "default": 3}, "s": {"default": 1, "200": 2}, "t": {"1": 1, "2": 2}}',
    fast: true,
  },
  { name: 'integer-like keys under an empty key', text: '{"": {"404": 1, "200": 2}, "0": {"b": 1}}', fast: true },
  { name: 'a top-level string', text: '  "just a string"  ', fast: true },
  { name: 'a top-level number', text: '42', fast: true },
  {
    name: 'keys that read as numbers',
    text: '{"1e3": {"x": 1}, "1000": 2, " 1": 3, "-0": 4, "0": [5, 6]}',
    fast: true,
  },
  { name: 'duplicate keys', text: '{"a": 1, "b": {"c": 1, "c": 2}, "a": {"x": 3}}', fast: false },
  { name: 'duplicate integer-like keys', text: '{"r": {"404": 1, "200": 2, "404": 3}}', fast: false },
  { name: '__proto__ key', text: '{"__proto__": {"polluted": true}, "a": 1}', fast: false },
  { name: '__proto__ key written with an escape', text: '{"x": {"\\u005f_proto__": {"y": 1}}}', fast: false },
  { name: 'a comment', text: '{"a": 1 // note\n}', fast: false },
  { name: 'a block comment', text: '/* c */ {"a": [1, /* two */ 2]}', fast: false },
  { name: 'a vertical tab and a no-break space', text: '{"a":\u000b1,\u00a0"b": 2}', fast: false },
  { name: 'a line separator between tokens', text: '{"a": 1,\u2028"b": {"c": 2}}', fast: false },
  { name: 'a line separator inside a string', text: '{"a": "x\u2028y", "b": {"c": 2}}', fast: true },
];

for (const { name, text, fast } of TRICKY) {
  test(`JSON fast path: ${name}`, () => {
    const result = compare(name, text);
    assert.equal(result.fast, fast, fast ? 'expected the fast path' : 'expected the old parser');
    assert.ok(result.checked > 0);
  });
}

test('JSON fast path: a duplicate key is reported as before, in the old parser', () => {
  const got = viaApigw('{\n  "a": 1,\n  "a": 2\n}');
  assert.ok('warnings' in got);
  assert.equal(got.fast, false);
  assert.deepEqual(got.warnings, [
    {
      message: 'duplicate key',
      severity: 0,
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } },
      code: 20,
      path: ['a'],
    },
  ]);
});

/** Errors as the old parser reported them (before the fast path existed), message, line and column. */
const ERRORS: { text: string; error: string; line: number; column: number }[] = [
  { text: '{"a": 1,}', error: 'invalid JSON: property name expected', line: 1, column: 9 },
  { text: '{"a": 1\n "b": 2}', error: "invalid JSON: ',' expected", line: 2, column: 2 },
  { text: '{"a": 01}', error: "invalid JSON: ',' expected", line: 1, column: 8 },
  { text: '{"a": "x\ny"}', error: 'invalid JSON: unterminated string', line: 1, column: 7 },
  { text: '{"a": tru}', error: 'invalid JSON: invalid symbol', line: 1, column: 7 },
  { text: '{"a": 1} x', error: 'invalid JSON: invalid symbol', line: 1, column: 10 },
  {
    text: '{"a": ${policy}}',
    error:
      "invalid JSON: invalid symbol (the template placeholder ${policy} stands outside a JSON string: lint the rendered file, e.g. terraform templatefile()'s output)",
    line: 1,
    column: 7,
  },
  { text: '{"a": "\\x"}', error: 'invalid JSON: invalid escape character', line: 1, column: 7 },
  {
    text: '['.repeat(501) + ']'.repeat(501),
    error: 'JSON nested more than 500 levels deep (raise the limit with --max-depth)',
    line: 1,
    column: 501,
  },
  { text: '{"a": ', error: 'invalid JSON: value expected', line: 1, column: 7 },
  { text: '{"a": "abc', error: 'invalid JSON: unterminated string', line: 1, column: 7 },
  { text: '{"a": 1e}', error: 'invalid JSON: unexpected end of number', line: 1, column: 7 },
  { text: '\n\n  {"a": [1, 2,]}', error: 'invalid JSON: value expected', line: 3, column: 15 },
  { text: '{"a": -}', error: 'invalid JSON: invalid symbol', line: 1, column: 7 },
  { text: '{"a": "[[[["}', error: '', line: 0, column: 0 },
];

for (const { text, error, line, column } of ERRORS) {
  test(`JSON fast path: ${error || 'brackets inside strings are not nesting'} (${JSON.stringify(text.slice(0, 20))})`, () => {
    const got = viaApigw(text);
    if (!error) {
      assert.ok('data' in got && got.fast);
      return;
    }
    assert.deepEqual(got, { error, line, column });
  });
}

test('every JSON corpus definition: same data and every position through the fast path', { skip: corpusSkip() }, () => {
  const files = readdirSync(corpusDir).filter(
    (f) => /\.json$/.test(f) || /^\s*[{[]/.test(readFileSync(join(corpusDir, f), 'utf8')),
  );
  assert.ok(files.length >= 40, `${files.length} JSON files`);
  let fast = 0;
  for (const name of files) {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) continue; // readSourceText strips it before parsing
    // A file neither parser reads (the old one's error is pinned above) has nothing to compare.
    if ('error' in viaApigw(text)) {
      assert.ok(parseWithPointers(text).diagnostics.length > 0, `${name}: only the fast path refuses it`);
      continue;
    }
    const result = compare(name, text);
    if (result.fast) fast++;
  }
  assert.ok(fast >= 40, `only ${fast} files took the fast path`);
});

const BENCH = [
  join(benchDir, 'github__api.github.com.json'),
  join(benchDir, 'kubernetes-client__swagger.json.unprocessed'),
];

for (const file of BENCH) {
  test(
    `bench definition ${file.split('/').pop()}: same data and positions through the fast path`,
    { skip: !existsSync(file) && 'absent' },
    () => {
      const result = compare(file, readFileSync(file, 'utf8'), 40);
      assert.ok(result.fast);
      assert.ok(result.checked > 10_000, `only ${result.checked}`);
    },
  );
}

test('the generated 1,000-operation definition, compact and indented: same data and positions', () => {
  const spec = generateSpec(1000);
  for (const text of [JSON.stringify(spec), JSON.stringify(spec, null, 2)]) {
    const result = compare('generated.json', text, 20);
    assert.ok(result.fast);
    assert.ok(result.checked > 20_000, `only ${result.checked}`);
  }
});

test('JSON fast path: nesting deeper than the stack under a raised --max-depth is reported as before, not a crash', () => {
  const text = '['.repeat(100_000) + ']'.repeat(100_000);
  assert.throws(
    () => parseSource('/x/deep.json', text, { ...DEFAULT_PARSE_LIMITS, maxDepth: 200_000 }),
    (error: unknown) =>
      error instanceof InputError &&
      error.message === 'YAML nested more than 200000 levels deep (raise the limit with --max-depth)' &&
      error.place?.line === 1 &&
      error.place?.column === 1,
  );
});
