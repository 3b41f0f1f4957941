#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's test runner (Node 20's `--test` takes no globs).
// Arguments narrow the run: `node scripts/run-tests.mjs vtl report` runs test files whose path contains "vtl" or "report".
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    // test/acceptance/ drives an installed package: scripts/acceptance.mjs packs, installs and runs it.
    if (dir.endsWith('test') && name === 'acceptance') return [];
    return statSync(full).isDirectory() ? walk(full) : name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = walk(join(root, 'test'))
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...passThrough, ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
