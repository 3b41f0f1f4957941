#!/usr/bin/env node
/**
 * npm's `prepare` step: builds dist/ when it is missing, so a git install works
 * (`npm i -g github:apigw-dev/apigw#v0.2.0`, `npm i -g git+file://…`, and pre-commit 4.x, which installs
 * a `language: node` hook with `npm install -g git+file://<its clone>`). See docs/install.md.
 *
 * Why it installs the build tools itself: for a *global* git install, npm prepares the clone
 * without making its dependencies available to `prepare` (npm/cli#8440, open), so `tsc`, esbuild
 * and Ajv are missing there. When they cannot be resolved from this folder, this script runs
 * `npm ci` in the clone first (the lock file pins them), with npm's global-install settings removed
 * from the environment so the tools land in the clone's own node_modules.
 *
 * A checkout that already has dist/cli/main.js (a development clone after `npm run build`) is left
 * alone: `npm run build` is the way to rebuild.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}dist/cli/main.js`)) process.exit(0);

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

function run(args, env = process.env) {
  const [cmd, ...rest] = [...npm, ...args];
  const result = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apigw prepare: \`npm ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function buildToolsResolve() {
  const require = createRequire(`${root}package.json`);
  try {
    for (const id of ['typescript/package.json', 'esbuild', 'ajv/dist/standalone', 'acorn']) require.resolve(id);
    return true;
  } catch {
    return false;
  }
}

if (!buildToolsResolve()) {
  // Settings an outer `npm install -g` hands down through the environment; with them the nested
  // install would go to the global prefix again instead of into this clone.
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(global|prefix|location|omit|only|production|install_links|dry_run|package_lock_only)$/i.test(key))
      delete env[key];
  }
  console.error('apigw prepare: installing the build tools into the clone (npm/cli#8440)');
  // --prefer-offline: npm's own preparation of this clone has just put every package in the cache.
  run(
    [
      'ci',
      '--include=dev',
      '--ignore-scripts',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--global=false',
      `--prefix=${root}`,
    ],
    env,
  );
}
run(['run', 'build']);
