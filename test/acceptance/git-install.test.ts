/**
 * The git install path, as pre-commit 4.x takes it: a release is cut in a clone of this commit
 * (scripts/release.mjs: version, docs pins, tag); a consumer repository pins that tag in its
 * .pre-commit-config.yaml as the README shows, and `pre-commit run` installs the hook (`npm install
 * -g git+file://<clone>`, which builds dist/ through the `prepare` script) and runs it. The
 * executable pre-commit installed is then run directly (a git install into a temporary prefix), and
 * `pre-commit try-repo` (its own temporary install) blocks the defective file.
 *
 * pre-commit comes from PyPI into .venv (.ci/run; locally: .venv/bin/pip install pre-commit).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../support/cli.js';

const preCommit = resolve(repoRoot, '.venv/bin/pre-commit');
const work = process.env.APIGW_ACCEPTANCE_WORK ?? mkdtempSync(join(tmpdir(), 'apigw-git-'));
const clone = join(work, 'apigw-clone');
const consumer = join(work, 'consumer');
const home = join(work, 'pre-commit-home');
const version = '9.9.9';
const gitEnv = {
  GIT_AUTHOR_NAME: 'apigw test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'apigw test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};
const timings: string[] = [];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
}

function preCommitRun(...args: string[]) {
  const started = Date.now();
  const r = spawnSync(preCommit, args, {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, ...gitEnv, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' },
    timeout: 15 * 60_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, seconds: (Date.now() - started) / 1000 };
}

before(() => {
  assert.ok(
    existsSync(preCommit),
    `${preCommit} is missing: .ci/run installs pre-commit into .venv (pip install pre-commit)`,
  );
  execFileSync('git', ['clone', '-q', '--no-hardlinks', repoRoot, clone]);
  mkdirSync(consumer);
  git(consumer, 'init', '-q');
  const example = readFileSync(resolve(repoRoot, 'examples/rest-api/openapi.yaml'), 'utf8');
  writeFileSync(join(consumer, 'good.yaml'), example);
  writeFileSync(join(consumer, 'bad.yaml'), example.replace('timeoutInMillis: 10000', 'timeoutInMillis: 10'));
  cpSync(resolve(repoRoot, 'test/fixtures/acceptance/not-api'), join(consumer, 'not-api'), { recursive: true });
  writeFileSync(
    join(consumer, '.pre-commit-config.yaml'),
    ['repos:', `  - repo: ${clone}`, `    rev: v${version}`, '    hooks:', '      - id: apigw-lint', ''].join('\n'),
  );
  git(consumer, 'add', '.');
});

test('the release script tags the version and points the docs at it', () => {
  const out = execFileSync(process.execPath, ['scripts/release.mjs', version], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, ...gitEnv },
  });
  assert.match(out, new RegExp(`tagged v${version.replace(/\./g, '\\.')}`));
  assert.equal(git(clone, 'tag', '--list', `v${version}`), `v${version}`);
  assert.equal(git(clone, 'log', '-1', '--format=%s', `v${version}`), `Release v${version}`);
  assert.equal(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version, version);
  const readme = readFileSync(join(clone, 'README.md'), 'utf8');
  assert.match(readme, new RegExp(`rev: v${version.replace(/\./g, '\\.')}`));
  assert.doesNotMatch(readme, /rev: v(?!9\.9\.9)\d/);
  // The docs now pin what package.json says: --check agrees.
  execFileSync(process.execPath, ['scripts/release.mjs', '--check'], { cwd: clone });
});

test("pre-commit run with the README's config pinned to the tag: the hook blocks a defective definition", () => {
  const r = preCommitRun('run', 'apigw-lint', '--files', 'bad.yaml');
  timings.push(`hook install from git + first run: ${r.seconds.toFixed(1)} s`);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /apigw lint\.+Failed/);
  assert.match(r.out, / {2}81:26 +error +apigw-integration-timeout /);
});

test('the hook passes a good definition and skips YAML/JSON files that are no API definition', () => {
  const small = preCommitRun('run', 'apigw-lint', '--files', 'good.yaml');
  timings.push(`hook run on one small file: ${small.seconds.toFixed(1)} s`);
  assert.equal(small.code, 0, small.out);
  const r = preCommitRun(
    'run',
    'apigw-lint',
    '--files',
    'good.yaml',
    ...readdirSync(join(consumer, 'not-api')).map((f) => `not-api/${f}`),
  );
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /apigw lint\.+Passed/);
});

test('the git-installed apigw runs on its own', () => {
  const repos = readdirSync(home).filter((d) => d.startsWith('repo'));
  const installed = repos.map((d) => join(home, d, 'node_env-system', 'bin', 'apigw')).find((p) => existsSync(p));
  assert.ok(installed, `no apigw executable under ${home}`);
  const r = spawnSync(installed, ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^apigw/${version.replace(/\./g, '\\.')} linux-x64 node-v`));
  const lint = spawnSync(installed, ['lint', join(consumer, 'good.yaml'), '--quiet'], { encoding: 'utf8' });
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
});

test('pre-commit try-repo at the tag blocks the defective file and reports nothing on the others', () => {
  const r = preCommitRun(
    'try-repo',
    clone,
    'apigw-lint',
    '--ref',
    `v${version}`,
    '--files',
    'bad.yaml',
    'good.yaml',
    'not-api/docker-compose.yml',
  );
  timings.push(`pre-commit try-repo (its own install from git) + run: ${r.seconds.toFixed(1)} s`);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /apigw lint\.+Failed/);
  assert.match(r.out, /\nbad\.yaml\n {2}81:26 +error +apigw-integration-timeout /);
  // good.yaml has the example's two infos; the compose file is skipped without a word.
  assert.match(r.out, /✖ 5 problems \(1 error, 0 warnings, 4 infos, 0 hints\)/);
  assert.doesNotMatch(r.out, /docker-compose/);
  console.log(`# ${timings.join('; ')}`);
});
