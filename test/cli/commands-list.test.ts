/**
 * The CLI discovers commands from src/commands/index.ts (oclif's explicit strategy), not by
 * scanning src/commands: every command file must be listed there, under its oclif id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COMMANDS } from '../../src/commands/index.js';
import { repoRoot } from '../support/cli.js';

function commandFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? commandFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && e.name !== 'index.ts'
        ? [join(dir, e.name)]
        : [],
  );
}

test('src/commands/index.ts lists every file in src/commands under its oclif id', () => {
  const dir = resolve(repoRoot, 'src/commands');
  const ids = commandFiles(dir)
    .map((f) => relative(dir, f).replace(/\.ts$/, '').split('/').join(':'))
    .sort();
  assert.deepEqual(Object.keys(COMMANDS).sort(), ids);
});
