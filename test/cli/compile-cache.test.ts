/**
 * The application's code cache (src/cli/load-app.ts), through the built CLI: written on a command's
 * first run under $XDG_CACHE_HOME/apigw/compile-cache, used by the next, rejected and rewritten
 * when it does not match, one file per command, at most 16 files kept, never changing what apigw
 * prints. NODE_DEBUG=apigw reports each step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { repoRoot, runProcess, type CliResult } from '../support/cli.js';
import { compileCacheSteps } from '../support/compile-cache.js';

const bin = resolve(repoRoot, 'bin/run.js');
const built = existsSync(resolve(repoRoot, 'dist/cli/app.cjs'));
const example = 'examples/rest-api/openapi.yaml';

function run(cache: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runProcess(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    env: { XDG_CACHE_HOME: cache, NODE_DEBUG: 'apigw', NODE_DISABLE_COMPILE_CACHE: undefined, ...env },
  });
}

const steps = (result: CliResult): string[][] => compileCacheSteps(result.stderr);

const lint = ['lint', '--format', 'json', example];

test(
  'a command writes its cache on the first run and uses it on the next; the output is the same',
  { skip: !built && 'build first' },
  async () => {
    const cache = mkdtempSync(join(tmpdir(), 'apigw-cc-'));
    const first = await run(cache, lint);
    assert.deepEqual(steps(first), [
      ['lint', 'none'],
      ['lint', 'written'],
    ]);
    const second = await run(cache, lint);
    assert.deepEqual(steps(second), [['lint', 'used']]);
    const uncached = await run(cache, lint, { NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(steps(uncached), []);
    for (const r of [second, uncached]) {
      assert.equal(r.code, first.code);
      assert.equal(r.stdout, first.stdout);
    }
    assert.equal(JSON.parse(first.stdout).length, 2);
    const dir = join(cache, 'apigw', 'compile-cache');
    const [file] = readdirSync(dir);
    assert.match(file!, /^[0-9a-f]{32}-lint\.bin$/);
    if (process.platform !== 'win32') {
      assert.equal(statSync(dir).mode & 0o777, 0o700);
      assert.equal(statSync(join(dir, file!)).mode & 0o777, 0o600);
    }
  },
);

test(
  'a cache V8 does not accept is rejected, the run is unchanged, and it is written again',
  { skip: !built && 'build first' },
  async () => {
    const cache = mkdtempSync(join(tmpdir(), 'apigw-cc-'));
    const first = await run(cache, lint);
    const dir = join(cache, 'apigw', 'compile-cache');
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), Buffer.alloc(4096, 7));
    const damaged = await run(cache, lint);
    assert.deepEqual(steps(damaged), [
      ['lint', 'rejected'],
      ['lint', 'written'],
    ]);
    assert.equal(damaged.stdout, first.stdout);
    assert.deepEqual(steps(await run(cache, lint)), [['lint', 'used']]);
  },
);

test('each command, and help, has its own cache; --version reads none', { skip: !built && 'build first' }, async () => {
  const cache = mkdtempSync(join(tmpdir(), 'apigw-cc-'));
  assert.deepEqual(steps(await run(cache, ['lint', '--help'])), [
    ['help', 'none'],
    ['help', 'written'],
  ]);
  assert.deepEqual(steps(await run(cache, ['validate', example])), [
    ['validate', 'none'],
    ['validate', 'written'],
  ]);
  assert.deepEqual(steps(await run(cache, lint)), [
    ['lint', 'none'],
    ['lint', 'written'],
  ]);
  const version = await run(cache, ['--version']);
  assert.equal(version.code, 0);
  assert.deepEqual(steps(version), []);
});

test('the folder keeps the 16 newest files', { skip: !built && 'build first' }, async () => {
  const cache = mkdtempSync(join(tmpdir(), 'apigw-cc-'));
  const dir = join(cache, 'apigw', 'compile-cache');
  mkdirSync(dir, { recursive: true });
  const old = Array.from({ length: 20 }, (_, i) => join(dir, `${String(i).padStart(32, '0')}-lint.bin`));
  old.forEach((f, i) => {
    writeFileSync(f, 'stale');
    utimesSync(f, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
  });
  await run(cache, lint);
  const left = readdirSync(dir).sort();
  assert.equal(left.length, 16);
  // The new file and the 15 newest stale ones (days 6..20) stay.
  assert.deepEqual(
    left.filter((f) => f.startsWith('0000')),
    old.slice(5).map((f) => f.slice(dir.length + 1)),
  );
});

test("V8 takes a code cache made for another source of the same length, and runs that source's code", () => {
  // Why the cache file is named by the sha256 of app.cjs (scripts/bundle.mjs writes it into main.js).
  const made = new Script('(function () { return "AAAA"; })', { filename: 'app.cjs' });
  (made.runInThisContext() as () => string)();
  const other = new Script('(function () { return "BBBB"; })', {
    filename: 'app.cjs',
    cachedData: made.createCachedData(),
  });
  assert.equal(other.cachedDataRejected, false);
  assert.equal((other.runInThisContext() as () => string)(), 'AAAA');
});

test('main.js names the application it loads by its sha256', { skip: !built && 'build first' }, () => {
  const app = readFileSync(resolve(repoRoot, 'dist/cli/app.cjs'));
  const main = readFileSync(resolve(repoRoot, 'dist/cli/main.js'), 'utf8');
  assert.ok(main.includes(createHash('sha256').update(app).digest('hex')));
});

test(
  "--debug loads the application through Node, which reads a debug build's source maps; findings are the same",
  { skip: !built && 'build first' },
  async () => {
    const cache = mkdtempSync(join(tmpdir(), 'apigw-cc-'));
    const plain = await run(cache, lint);
    const debugged = await run(cache, [...lint, '--debug']);
    assert.deepEqual(steps(debugged), []);
    assert.deepEqual([debugged.code, debugged.stdout], [plain.code, plain.stdout]);
  },
);
