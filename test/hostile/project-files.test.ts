/**
 * Hostile input beyond the definition: the other files a pull request can change or name
 * (apigw.yaml, a ruleset it names, test-template's template, event and case files) are read under
 * the same bounds, regular files only, bytes counted, aliases and nesting limited, and what they
 * say reaches the terminal with control characters escaped. Run on the built CLI, under 5 s of CPU
 * and 512 MB.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';

const base = mkdtempSync(join(tmpdir(), 'apigw-project-files-'));
test.after(() => rmSync(base, { recursive: true, force: true }));
const SPEC = 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\n';

/** A project folder holding api.yaml and the given files. */
function project(name: string, files: Record<string, string> = {}): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'api.yaml'), SPEC);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** Nine levels of nine aliases (9^9 nodes once expanded), our own. */
function aliasBomb(): string {
  let text = 'x0: &x0 [q, r, s, t, u, v, w, y, z]\n';
  for (let level = 1; level < 9; level++)
    text += `x${level}: &x${level} [${Array(9)
      .fill(`*x${level - 1}`)
      .join(', ')}]\n`;
  return text;
}

test('apigw.yaml: a FIFO or a link to /dev/zero is refused unread (exit 2), never a hang', async () => {
  const fifo = project('config-fifo');
  execFileSync('mkfifo', [join(fifo, 'apigw.yaml')]);
  const zero = project('config-zero');
  symlinkSync('/dev/zero', join(zero, 'apigw.yaml'));
  for (const dir of [fifo, zero]) {
    for (const command of [['lint'], ['validate'], ['diff', 'api.yaml', 'api.yaml']]) {
      const r = assertBounded(await runBounded([...command], { cwd: dir, killAfterMs: 20_000 }), 2);
      assert.equal(
        r.stderr,
        `apigw: ${join(dir, 'apigw.yaml')}: not a regular file (a device, FIFO or socket): apigw reads only regular files\n`,
      );
    }
  }
});

test('apigw.yaml: over 1 MB is refused with its size', async () => {
  const dir = project('config-big', { 'apigw.yaml': `spec: api.yaml\n# ${'x'.repeat(1024 * 1024)}\n` });
  const r = assertBounded(await runBounded(['lint'], { cwd: dir }), 2);
  assert.match(r.stderr, /apigw\.yaml: file is 1\.0 MB, larger than the 1\.0 MB apigw reads/);
});

test('apigw.yaml: an alias bomb and 20,000-deep nesting end in a positioned error (exit 2)', async () => {
  const bomb = project('config-bomb', { 'apigw.yaml': `spec: api.yaml\n${aliasBomb()}` });
  let r = assertBounded(await runBounded(['lint'], { cwd: bomb }), 2);
  assert.match(
    r.stderr,
    /^apigw: .*config-bomb\/apigw\.yaml:\d+:\d+: YAML aliases expand this document past 2000000 nodes\n$/,
  );
  const deep = project('config-deep', {
    'apigw.yaml': `spec: api.yaml\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  });
  r = assertBounded(await runBounded(['lint'], { cwd: deep }), 2);
  assert.match(r.stderr, /^apigw: .*config-deep\/apigw\.yaml:2:\d+: YAML nested more than 500 levels deep\n$/);
});

test('a ruleset apigw.yaml names that is a FIFO or a device is refused unread (exit 2), never a hang', async () => {
  const dir = project('ruleset-fifo', { 'apigw.yaml': 'spec: api.yaml\nlint:\n  rulesets: [rules.yaml]\n' });
  execFileSync('mkfifo', [join(dir, 'rules.yaml')]);
  let r = assertBounded(await runBounded(['lint'], { cwd: dir, killAfterMs: 20_000 }), 2);
  assert.equal(
    r.stderr,
    `apigw: Ruleset file '${join(dir, 'rules.yaml')}' is not a regular file (a device, FIFO, socket or folder)\n`,
  );
  const zero = project('ruleset-zero', { 'apigw.yaml': 'spec: api.yaml\nlint:\n  rulesets: [/dev/zero]\n' });
  r = assertBounded(await runBounded(['lint'], { cwd: zero, killAfterMs: 20_000 }), 2);
  assert.match(r.stderr, /^apigw: \/dev\/zero: cannot load Spectral ruleset/);
});

test('test-template: a template or event file that is a FIFO or device is an input error (exit 2), never a hang', async () => {
  const dir = project('tt-devices', { 't.vtl': 'ok', 'e.json': '{}' });
  execFileSync('mkfifo', [join(dir, 'pipe.vtl')]);
  let r = assertBounded(
    await runBounded(['test-template', '--template', join(dir, 'pipe.vtl')], { killAfterMs: 20_000 }),
    2,
  );
  assert.equal(
    r.stderr,
    `apigw: ${join(dir, 'pipe.vtl')}: cannot read template: not a regular file (a device, FIFO or socket): apigw reads only regular files\n`,
  );
  r = assertBounded(
    await runBounded(['test-template', '--template', join(dir, 't.vtl'), '--event', '/dev/zero'], {
      killAfterMs: 20_000,
    }),
    2,
  );
  assert.match(r.stderr, /^apigw: \/dev\/zero: cannot read event file: not a regular file/);
});

test('test-template --cases: a hostile case file fails that case only, FIFOs and links to devices are skipped unread; names and failures print escaped', async () => {
  const dir = project('tt-cases', {
    'ok.vtl': 'ok',
    'a.case.yaml': 'name: fine\ntemplate: ok.vtl\nexpect:\n  output: ok\n',
    'b.case.yaml': `name: bomb\ntemplate: ok.vtl\n${aliasBomb()}`,
    'c.case.yaml': 'name: "red \\e[31mFAIL\\e[0m\\rok"\ntemplate: ok.vtl\nexpect:\n  output: "x\\e[2J"\n',
  });
  execFileSync('mkfifo', [join(dir, 'd.case.yaml')]);
  symlinkSync('/dev/zero', join(dir, 'e.case.yaml'));
  const r = assertBounded(await runBounded(['test-template', '--cases', dir], { killAfterMs: 20_000 }), 1);
  assert.match(r.stdout, /^ok {4}fine /m);
  assert.match(
    r.stdout,
    /^FAIL {2}b\.case\.yaml .*\n {6}case not run: b\.case\.yaml:\d+:\d+: case file is not valid YAML\/JSON: YAML aliases expand this document past 2000000 nodes\n/m,
  );
  assert.match(r.stdout, /\n1 passed, 2 failed\n$/);
  assert.match(r.stdout, /^FAIL {2}red \\u001b\[31mFAIL\\u001b\[0m\\rok /m);
  assert.match(r.stdout, /x\\u001b\[2J/);
  assert.doesNotMatch(r.stdout, /\u001b|\r/);
});

test('test-template: warnings on stderr show control characters escaped; piped output stays byte-exact', async () => {
  const dir = project('tt-escape', {
    'w.vtl': '#set($m = {})#set($k = "x\u001b[2Jy")#set($m[$k].b = 1)a\u001b[2Kb\r\n$nope',
  });
  const r = assertBounded(await runBounded(['test-template', '--template', join(dir, 'w.vtl')]), 0);
  assert.equal(r.stdout, 'a\u001b[2Kb\r\n');
  assert.equal(
    r.stderr,
    [
      'apigw: warning: #set($m.x\\u001b[2Jy.b): $m.x\\u001b[2Jy is null, nothing assigned',
      'apigw: warning: 2:1: $nope is not defined (API Gateway renders it as empty text)',
      '',
    ].join('\n'),
  );
});
