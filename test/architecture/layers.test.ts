/**
 * Imports point down only (CONTRIBUTING.md, "Layers"):
 *
 *   core <- definition <- config, aws <- features (validate, lint, vtl, diff, deploy) and rules/
 *        <- report <- cli <- commands
 *
 * A module may import its own layer and any layer below it, never one above. Every import line of
 * every .ts file under src/ and rules/ is read: static `import`/`export ... from` and `import()`
 * with a literal path. src/index.ts (the library entry) sits with cli: it may import anything but
 * the CLI and the commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../support/cli.js';

const LAYERS: Array<[layer: number, prefixes: string[]]> = [
  [0, ['src/core/', 'src/generated/', 'src/types/']],
  [1, ['src/definition/']],
  [2, ['src/config/', 'src/aws/']],
  [3, ['src/validate/', 'src/lint/', 'src/vtl/', 'src/diff/', 'src/deploy/', 'rules/']],
  [4, ['src/report/']],
  [5, ['src/cli/', 'src/index.ts']],
  [6, ['src/commands/']],
];
const NAMES = ['core', 'definition', 'config/aws', 'features and rules', 'report', 'cli', 'commands'];

function layerOf(file: string): number | undefined {
  return LAYERS.find(([, prefixes]) => prefixes.some((p) => file === p || file.startsWith(p)))?.[0];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative module paths a file imports, statically or with a literal `import()`. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm))
    out.push(m[1]!);
  return out;
}

function upwardImports(): string[] {
  const problems: string[] = [];
  const files = [...sources(join(repoRoot, 'src')), ...sources(join(repoRoot, 'rules'))];
  for (const full of files) {
    const file = relative(repoRoot, full);
    const from = layerOf(file);
    if (from === undefined) {
      problems.push(`${file}: in no layer (add its folder to test/architecture/layers.test.ts and CONTRIBUTING.md)`);
      continue;
    }
    for (const spec of importsOf(readFileSync(full, 'utf8'))) {
      const target = relative(repoRoot, resolve(dirname(full), spec)).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (to === undefined) problems.push(`${file}: imports ${spec}, which is in no layer`);
      else if (to > from) problems.push(`${file} (${NAMES[from]}) imports ${spec} (${NAMES[to]})`);
    }
  }
  return problems;
}

test('every import under src/ and rules/ points to its own layer or one below', () => {
  assert.deepEqual(upwardImports(), []);
});

test('the import reader sees static, re-export, side-effect and literal dynamic imports', () => {
  const text = [
    "import { a } from '../report/format.js';",
    "import type { B } from './b.js';",
    "export { c } from '../cli/c.js';",
    "import './side-effect.js';",
    "const d = await import('../commands/d.js');",
    "import { e } from 'node:fs';",
  ].join('\n');
  assert.deepEqual(importsOf(text), [
    '../report/format.js',
    './b.js',
    '../cli/c.js',
    './side-effect.js',
    '../commands/d.js',
  ]);
});
