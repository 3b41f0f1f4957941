/**
 * The Spectral ruleset (`apigw/ruleset`, docs/lint.md) is loaded by plain Spectral, whose ruleset
 * bundler (rollup) prints "Circular dependency: a -> b -> a" on stderr, on every run, for each import
 * cycle it meets. So the static import graph under rules/ruleset.ts has no cycle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { repoRoot } from '../support/cli.js';

/** Relative modules a file imports statically (`import ... from`, `export ... from`, bare `import '...'`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b(?![\s(]*\()[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g)) {
    if (/^\s*import\s+type\b|^\s*export\s+type\b/.test(m[0])) continue;
    const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
    if (existsSync(target)) out.push(target);
  }
  return out;
}

function cycles(entry: string): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      found.push([...stack.slice(at), file].map((f) => relative(repoRoot, f)).join(' -> '));
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    for (const next of staticImports(file)) visit(next);
    stack.pop();
    done.add(file);
  };
  visit(entry);
  return found;
}

test('the Spectral ruleset imports no module cycle (plain Spectral would print "Circular dependency" on every run)', () => {
  assert.deepEqual(cycles(resolve(repoRoot, 'rules/ruleset.ts')), []);
});
