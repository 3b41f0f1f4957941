#!/usr/bin/env node
/**
 * Cuts a release: `npm run release -- 0.2.0` sets the version in package.json and package-lock.json,
 * points every pinned version in the docs (`rev: v0.2.0` for pre-commit, `"apigw": "0.2.0"` in the
 * CI examples) at it, commits "Release v0.2.0" and tags that commit `v0.2.0` (annotated). Then
 * `git push origin HEAD v0.2.0` publishes it; `npm publish` publishes the same commit to npm.
 *
 * The first release may tag the version package.json already has (`npm run release -- 0.1.0`).
 * `node scripts/release.mjs --check` only verifies that the docs pin package.json's version.
 *
 * Why tags on the main line (no committed build): a git install builds dist/ itself (scripts/
 * prepare.mjs), so any commit installs, and `pre-commit autoupdate` finds these tags because they
 * are reachable from the default branch.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(2);
};

/** The files whose examples pin a version: README.md and docs/*.md (not docs/rules/). */
export function pinnedDocs() {
  return [
    'README.md',
    ...readdirSync(`${root}docs`)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
}

// `rev: v1.2.3` (pre-commit), `"apigw": "1.2.3"` (a devDependency in a CI example),
// `apigw@1.2.3` (npm install) and `apigw#v1.2.3` / `apigw.git#v1.2.3` (a git install).
const semver = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?';
const pins = [
  [new RegExp(`(\\brev:\\s*v)${semver}`, 'g'), ''],
  [new RegExp(`("apigw"\\s*:\\s*")${semver}(")`, 'g'), '$2'],
  [new RegExp(`(\\bapigw@)${semver}`, 'g'), ''],
  [new RegExp(`(\\bapigw(?:\\.git)?#v)${semver}`, 'g'), ''],
];

function repin(text, version) {
  return pins.reduce((t, [pattern, tail]) => t.replace(pattern, `$1${version}${tail}`), text);
}

const pkgPath = `${root}package.json`;
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));

if (process.argv.includes('--check')) {
  const stale = pinnedDocs().filter(
    (f) => repin(readFileSync(`${root}${f}`, 'utf8'), pkg.version) !== readFileSync(`${root}${f}`, 'utf8'),
  );
  if (stale.length > 0) fail(`${stale.join(', ')} pin a version other than ${pkg.version}: run npm run release`);
  process.exit(0);
}

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/.test(version))
  fail('usage: npm run release -- <version> (e.g. 0.2.0)');
if (git('status', '--porcelain', '--untracked-files=no') !== '') fail('the working tree has uncommitted changes');
if (git('tag', '--list', `v${version}`) !== '') fail(`tag v${version} exists already`);
const [a, b] = [pkg.version, version].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
const newer = a[0] !== b[0] ? b[0] > a[0] : a[1] !== b[1] ? b[1] > a[1] : b[2] >= a[2];
if (!newer) fail(`${version} is older than package.json's ${pkg.version}`);

pkg.version = version;
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
const lockPath = `${root}package-lock.json`;
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
for (const file of pinnedDocs()) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const pinned = repin(text, version);
  if (pinned !== text) writeFileSync(`${root}${file}`, pinned);
}
git('add', 'package.json', 'package-lock.json', ...pinnedDocs());
if (git('diff', '--cached', '--name-only') !== '') git('commit', '-q', '-m', `Release v${version}`);
git('tag', '-a', `v${version}`, '-m', `apigw ${version}`);
console.log(
  `release: tagged v${version} at ${git('rev-parse', '--short', 'HEAD')}; publish with: git push origin HEAD v${version}`,
);
