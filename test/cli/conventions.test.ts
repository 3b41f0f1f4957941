/**
 * Command-line conventions users expect from any CLI: help and version spellings, "did you mean",
 * one-line usage errors that name the flag and what it needs, quiet exit on a closed pipe, no
 * success line after an input error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string };
const versionLine = `apigw/${pkg.version} linux-x64 node-${process.version}\n`;

for (const args of [['-h'], ['--help'], ['help']]) {
  test(`apigw ${args.join(' ')} prints the command list`, async () => {
    const r = await runCli(args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Lint, validate, test mapping templates/);
    assert.match(r.stdout, /\n {2}test-template +/);
    assert.equal(r.stderr, '');
  });
}

for (const args of [
  ['help', 'lint'],
  ['lint', '-h'],
  ['lint', '--help'],
]) {
  test(`apigw ${args.join(' ')} prints lint's help`, async () => {
    const r = await runCli(args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Lint definitions against API Gateway's rules/);
    assert.match(r.stdout, /--ignore-unknown/);
  });
}

test("apigw help canary promote prints that command's help", async () => {
  const r = await runCli(['help', 'canary', 'promote']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\$ apigw canary promote/);
});

for (const args of [['-v'], ['--version'], ['version']]) {
  test(`apigw ${args.join(' ')} prints the version line`, async () => {
    const r = await runCli(args);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, versionLine, '']);
  });
}

const usage = (line: string) => `apigw: ${line}\nSee 'apigw --help'.\n`;
const cases: Array<[string[], string]> = [
  [['lnt', 'openapi.yaml'], usage("'lnt' is not an apigw command (did you mean 'lint'?)")],
  [
    ['canary', 'promte', '--stage', 'prod'],
    usage("'canary promte' is not an apigw command (did you mean 'canary promote'?)"),
  ],
  [['frobnicate'], usage("'frobnicate' is not an apigw command")],
  [['lint', '--formt', 'json', 'x.yaml'], usage('unknown flag --formt (did you mean --format?)')],
  [['lint', 'x.yaml', '--format'], usage('--format needs a value: one of stylish, json, sarif, junit, github')],
  [['test-template', '--cases'], usage('--cases needs a value')],
  [['deploy'], usage('missing required flag --stage (stage to deploy to)')],
  [
    ['lint', 'x.yaml', '--max-file-size', '0'],
    usage('--max-file-size: Expected an integer greater than or equal to 1 but received: 0'),
  ],
  [['validate', 'x.yaml', '--max-depth', 'deep'], usage('--max-depth: Expected an integer but received: deep')],
];
for (const [args, stderr] of cases) {
  test(`apigw ${args.join(' ')}: one usage line, exit 2`, async () => {
    const r = await runCli(args);
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', stderr]);
  });
}

test('an unreadable input prints its error and no success line', async () => {
  const r = await runCli(['lint', 'does-not-exist.yaml']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^apigw: \S*does-not-exist\.yaml: /);
  const v = await runCli(['validate', 'does-not-exist.yaml']);
  assert.equal(v.code, 2);
  assert.equal(v.stdout, '');
});

test('apigw --help | head: a reader that goes away ends the run quietly (exit 0, nothing on stderr)', async () => {
  const bin = resolve(repoRoot, process.env.APIGW_BIN ?? 'bin/dev.js');
  const child = spawn(process.execPath, [bin, 'rules'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Close the read end at once: every write the CLI makes meets a closed pipe (EPIPE).
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  assert.deepEqual([code, stderr], [0, '']);
});
