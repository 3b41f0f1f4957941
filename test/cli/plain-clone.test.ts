/**
 * `npm test` on a plain clone (no ../shared beside it): the corpus tests skip, each with one line
 * saying why, instead of failing; with APIGW_REQUIRE_CORPUS=1 (.ci/run) a missing corpus fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../support/cli.js';

const corpusTests = [
  'test/corpus/load.test.ts',
  'test/corpus/flavour.test.ts',
  'test/validate/extensions-corpus.test.ts',
  'test/validate/structure-corpus.test.ts',
];

function runWithout(extra: Record<string, string> = {}) {
  const env = { ...process.env, APIGW_CORPUS_DIR: '/nonexistent/shared/corpus/specs', ...extra };
  // NODE_TEST_CONTEXT would make the inner runner report to this one instead of printing TAP.
  for (const key of ['APIGW_REQUIRE_CORPUS', 'NODE_TEST_CONTEXT'])
    delete (env as Record<string, string | undefined>)[key];
  Object.assign(env, extra);
  return spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...corpusTests], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test('without the shared corpus, its tests skip with one line each', () => {
  const r = runWithout();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const skips = r.stdout.split('\n').filter((l) => /^ok \d+ - .* # SKIP /.test(l));
  assert.ok(skips.length >= 5, r.stdout);
  for (const line of skips)
    assert.match(
      line,
      /# SKIP shared corpus not found at \/nonexistent\/shared\/corpus\/specs \(a plain clone has no \.\.\/shared; these tests run where it is present\)$/,
    );
  assert.match(r.stdout, /^# fail 0$/m);
});

test('with APIGW_REQUIRE_CORPUS=1 a missing corpus is a failure', () => {
  const r = runWithout({ APIGW_REQUIRE_CORPUS: '1' });
  assert.notEqual(r.status, 0);
  assert.match(
    r.stdout + r.stderr,
    /shared corpus not found at \/nonexistent\/shared\/corpus\/specs .*APIGW_REQUIRE_CORPUS=1/,
  );
});
