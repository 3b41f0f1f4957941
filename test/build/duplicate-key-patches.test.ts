/**
 * scripts/bundle-patches.mjs replaces the parsers' O(keys²) duplicate-key check (an array searched
 * for every key) with a Set in the bundle. Here the patched module, built from the installed
 * dependency exactly as the bundle builds it, parses like the original: the same data, the same
 * duplicate-key diagnostics in the same order, the same positions.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyPatch, patches } from '../../scripts/bundle-patches.mjs';

const require = createRequire(import.meta.url);

/** The original module and the module as the bundle patches it. */
function originalAndPatched(request: string): [Record<string, unknown>, Record<string, unknown>] {
  const file = require.resolve(request);
  const patch = patches.find((p) => p.file.test(file));
  assert.ok(patch, `a patch applies to ${file}`);
  const patched = new Module(file) as Module & { _compile(source: string, file: string): void };
  patched.filename = file;
  patched.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  patched._compile(applyPatch(patch, file, readFileSync(file, 'utf8')), file);
  return [require(file), patched.exports];
}

/** An object with `n` keys where every `every`-th key repeats an earlier one, nested once. */
function withDuplicates(n: number, every: number, format: 'json' | 'yaml'): string {
  const keys = Array.from({ length: n }, (_, i) => (i % every === every - 1 ? `k${i - 3}` : `k${i}`));
  if (format === 'json')
    return `{"a": {${keys.map((k, i) => `"${k}": {"x": ${i}, "y": 1, "x": 2}`).join(', ')}}, "a": 1, "b": [{"c": 1, "c": 2}]}`;
  return `a:\n${keys.map((k, i) => `  ${k}:\n    x: ${i}\n    y: 1\n    x: 2\n`).join('')}base: &base {p: 1}\nm:\n  <<: *base\n  <<: *base\n  p: 2\n  p: 3\na: 1\n`;
}

const cases = [
  { request: '@stoplight/json', format: 'json' as const },
  { request: '@stoplight/yaml/parseWithPointers.js', format: 'yaml' as const },
];

for (const { request, format } of cases) {
  test(`${request}: the patched duplicate-key check parses exactly as the original`, () => {
    const [original, patched] = originalAndPatched(request);
    const parse = (m: Record<string, unknown>, text: string) => {
      const options =
        format === 'json'
          ? { ignoreDuplicateKeys: false, preserveKeyOrder: false }
          : { ignoreDuplicateKeys: false, mergeKeys: true, preserveKeyOrder: false, attachComments: false };
      const result = (m.parseWithPointers as (t: string, o: object) => Record<string, unknown>)(text, options);
      return { data: result.data, diagnostics: result.diagnostics, lineMap: result.lineMap };
    };
    for (const text of [withDuplicates(10, 3, format), withDuplicates(500, 7, format), '{}', 'x']) {
      const want = parse(original, text);
      assert.deepEqual(parse(patched, text), want);
      if (text.length > 100) assert.ok((want.diagnostics as unknown[]).length > 10, 'the input has duplicates');
    }
  });
}
