/**
 * The position index (src/definition/positions.ts) answers exactly as the parsers' own
 * `getLocationForJsonPath` does — for every path in every corpus definition and in the benchmark
 * definitions (Stripe, GitHub, Kubernetes, the generated API Gateway one), found or not, with
 * and without `closest`. Findings' lines and columns come from these answers.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWithPointers as parseYaml, getLocationForJsonPath as yamlLocation } from '@stoplight/yaml';
import { parseWithPointers as parseJson, getLocationForJsonPath as jsonLocation } from '@stoplight/json';
import { stringify } from 'yaml';
import { detectFormat } from '../../src/definition/parse.js';
import { locatorFor } from '../../src/definition/positions.js';
import type { JsonPath } from '../../src/core/finding.js';
import { corpusDir, corpusSkip } from '../support/cli.js';
import { pathsOf } from '../support/json-paths.js';
import { generateSpec } from '../../bench/generate-spec.mjs';

const benchDir = join(corpusDir, '..', '..', 'bench-specs');

type Lookup = (path: JsonPath, closest: boolean) => unknown;

/** Both lookups on one text, parsed with the loader's options (src/definition/parse.ts). */
function lookups(name: string, text: string): { original: Lookup; indexed: Lookup; data: unknown } {
  const format = detectFormat(name, text);
  const result =
    format === 'json'
      ? parseJson(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false })
      : parseYaml(text, {
          ignoreDuplicateKeys: false,
          mergeKeys: true,
          preserveKeyOrder: false,
          attachComments: false,
        });
  const original = format === 'json' ? jsonLocation : yamlLocation;
  const locate = locatorFor(result, format);
  const guard =
    (f: () => unknown): (() => unknown) =>
    () => {
      try {
        return f();
      } catch (error) {
        return `throws ${(error as Error).name}`;
      }
    };
  return {
    original: (path, closest) => guard(() => original(result as never, path, closest))(),
    indexed: (path, closest) => guard(() => locate(path, closest))(),
    data: result.data,
  };
}

function compareAll(name: string, text: string, every = 1): number {
  const { original, indexed, data } = lookups(name, text);
  let checked = 0;
  for (const path of pathsOf(data, every)) {
    for (const closest of [true, false]) {
      const want = original(path, closest);
      const got = indexed(path, closest);
      if (!isDeepEqual(got, want)) assert.deepEqual(got, want, `${name}: ${JSON.stringify(path)} (closest ${closest})`);
      checked++;
    }
  }
  return checked;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

test('merge keys, aliases, duplicate keys, nulls and odd segments are placed as the YAML parser places them', () => {
  const text = [
    'base: &base',
    '  a: 1',
    '  b: { c: 2 }',
    'more: &more',
    '  b: 3',
    'one:',
    '  <<: *base',
    '  a: overridden',
    'two:',
    '  <<: [*base, *more]',
    '  d:',
    'dup: 1',
    'dup: 2',
    'seq: [1, null, [a, b], {k: v}]',
    "'200': x",
    '"": empty',
    'empty:',
  ].join('\n');
  assert.ok(compareAll('inline.yaml', text) > 100);
  const { indexed } = lookups('inline.yaml', text);
  // `<<: [*base, *more]`: the earlier map wins, so `b` is base's (line 3, 0-based 2).
  assert.deepEqual(indexed(['two', 'b'], false), {
    range: { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } },
  });
});

test('JSON: duplicate keys, integer-like keys and segments, empty containers', () => {
  const text = '{"a": {"1": [10, {"x": null}], "": 1, "a": 2, "a": 3}, "b": [], "c": {}, "0": "zero"}';
  assert.ok(compareAll('inline.json', text) > 50);
  const { indexed } = lookups('inline.json', text);
  // A duplicate key is placed at its first occurrence (the data holds the last one's value).
  assert.deepEqual(indexed(['a', 'a'], false), {
    range: { start: { line: 0, character: 43 }, end: { line: 0, character: 44 } },
  });
});

test('every corpus definition: every path placed exactly as before', { skip: corpusSkip() }, () => {
  const files = readdirSync(corpusDir).filter((f) => f !== 'SOURCES.tsv' && f !== 'README.md');
  assert.ok(files.length >= 100);
  let checked = 0;
  for (const name of files) checked += compareAll(name, readFileSync(join(corpusDir, name), 'utf8'));
  assert.ok(checked > 80_000, `only ${checked} lookups`);
});

const BENCH = ['stripe__spec3.yaml', 'github__api.github.com.json', 'kubernetes-client__swagger.json.unprocessed'];

for (const name of BENCH) {
  const file = join(benchDir, name);
  test(
    `bench definition ${name}: paths placed exactly as before`,
    { skip: !existsSync(file) && 'bench specs absent' },
    () => {
      assert.ok(compareAll(name, readFileSync(file, 'utf8'), 40) > 20_000);
    },
  );
}

test('the generated 1,000-operation API Gateway definition: every path placed exactly as before', () => {
  const text = `# generated\n${stringify(generateSpec(1000), { lineWidth: 0 })}`;
  assert.ok(compareAll('generated.yaml', text, 10) > 50_000);
});
