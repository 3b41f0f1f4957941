/**
 * The fuzz suite's part of `npm test`: every input the fuzzer ever kept (test/fixtures/fuzz/) is
 * replayed on the built CLI, and a short seeded round of fresh mutations runs when the shared
 * corpus is there (CI has it; a lone clone skips). The long round is `npm run fuzz -- --count 3000`.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';
import { corpusDir, repoRoot } from '../support/cli.js';
// @ts-expect-error plain ESM script without type declarations
import { runFuzz, FIXTURES } from '../../scripts/fuzz.mjs';

const kept = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((d) => existsSync(join(FIXTURES, d, 'failure.json')))
      .sort()
  : [];

for (const id of kept) {
  test(`fuzz regression ${id}: bounded now`, async () => {
    const dir = join(FIXTURES as string, id);
    const { args, found } = JSON.parse(readFileSync(join(dir, 'failure.json'), 'utf8')) as {
      args: string[];
      found: string;
    };
    const r = await runBounded(args, { cwd: dir });
    assert.ok([0, 1, 2].includes(r.code ?? -1), `was: ${found}; now exit ${r.code}\n${r.stderr}`);
    assertBounded(r, r.code as 0 | 1 | 2);
  });
}

/** Fixed, so a CI failure reproduces with `npm run fuzz -- --count 120 --seed 1207`. */
const CI_SEED = 1207;
const CI_COUNT = 120;

test(
  `fuzz: a seeded round of ${CI_COUNT} mutated definitions and templates ends bounded`,
  { skip: existsSync(corpusDir) ? false : 'no ../shared corpus', timeout: 15 * 60_000 },
  async () => {
    assert.ok(existsSync(join(repoRoot, 'dist/cli/main.js')), 'build first: the fuzzer runs bin/run.js');
    const keep = mkdtempSync(join(tmpdir(), 'apigw-fuzz-found-'));
    const started = Date.now();
    const totals = await runFuzz({ count: CI_COUNT, seed: CI_SEED, jobs: 2, corpus: corpusDir, keep, batch: 20 });
    const minutes = ((Date.now() - started) / 60000).toFixed(1);
    assert.deepEqual(totals.failures, [], `inputs kept in ${keep}; seed ${CI_SEED}, ${minutes} min`);
    assert.equal(totals.inputs, CI_COUNT);
    assert.ok(totals.runs > CI_COUNT / 20, `only ${totals.runs} runs`);
  },
);
