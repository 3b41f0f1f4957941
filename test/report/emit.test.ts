/** Colour rules, exit codes and --output handling. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shouldColor } from '../../src/report/color.js';
import { exitCodeFor } from '../../src/report/exit-code.js';
import { emitReport } from '../../src/report/emit.js';
import { writeReport } from '../../src/report/output.js';
import { InputError } from '../../src/core/errors.js';
import type { ReportFlagValues } from '../../src/cli/report-flags.js';
import { cwd, findings } from '../fixtures/report/findings.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

test('colour: on a TTY only', () => {
  assert.equal(shouldColor(tty, {}), true);
  assert.equal(shouldColor(pipe, {}), false);
  assert.equal(shouldColor({}, {}), false);
});

test('colour: NO_COLOR (non-empty) turns it off, empty NO_COLOR does not (no-color.org)', () => {
  assert.equal(shouldColor(tty, { NO_COLOR: '1' }), false);
  assert.equal(shouldColor(tty, { NO_COLOR: '' }), true);
});

test('colour: FORCE_COLOR forces it on (even piped) unless NO_COLOR is set, FORCE_COLOR=0 forces it off', () => {
  assert.equal(shouldColor(pipe, { FORCE_COLOR: '1' }), true);
  assert.equal(shouldColor(pipe, { FORCE_COLOR: '' }), true);
  assert.equal(shouldColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
  assert.equal(shouldColor(tty, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
  assert.equal(shouldColor(tty, { FORCE_COLOR: '0' }), false);
  assert.equal(shouldColor(tty, { FORCE_COLOR: 'false' }), false);
});

test('colour: TERM=dumb has none', () => {
  assert.equal(shouldColor(tty, { TERM: 'dumb' }), false);
});

test('exit code: 1 at or above the fail severity, 0 below', () => {
  const warnOnly = findings.filter((f) => f.severity === 'warn');
  assert.equal(exitCodeFor([]), 0);
  assert.equal(exitCodeFor(findings), 1);
  assert.equal(exitCodeFor(warnOnly), 0);
  assert.equal(exitCodeFor(warnOnly, 'error'), 0);
  assert.equal(exitCodeFor(warnOnly, 'warn'), 1);
  assert.equal(exitCodeFor(warnOnly, 'hint'), 1);
  const hintOnly = findings.filter((f) => f.severity === 'hint');
  assert.equal(exitCodeFor(hintOnly, 'info'), 0);
  assert.equal(exitCodeFor(hintOnly, 'hint'), 1);
});

function sink(isTTY = false) {
  let text = '';
  return {
    isTTY,
    write: (s: string) => (text += s),
    get text() {
      return text;
    },
  };
}

const flags = (over: Partial<ReportFlagValues> = {}): ReportFlagValues => ({
  format: 'stylish',
  'fail-severity': 'error',
  quiet: false,
  ...over,
});

test('emitReport: colour on a TTY stdout, none under NO_COLOR, none in a file', () => {
  const out = sink(true);
  assert.equal(emitReport([findings[1]!], flags(), { cwd, stdout: out, env: {} }), 1);
  assert.match(out.text, /\u001b\[31merror/);

  const noColor = sink(true);
  emitReport([findings[1]!], flags(), { cwd, stdout: noColor, env: { NO_COLOR: '1' } });
  assert.doesNotMatch(noColor.text, /\u001b\[/);

  const dir = mkdtempSync(join(tmpdir(), 'apigw-report-'));
  try {
    const out2 = sink(true);
    assert.equal(
      emitReport([findings[0]!], flags({ output: 'r.txt' }), { cwd: dir, stdout: out2, env: { FORCE_COLOR: '1' } }),
      0,
    );
    assert.equal(out2.text, '');
    assert.doesNotMatch(readFileSync(join(dir, 'r.txt'), 'utf8'), /\u001b\[/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('emitReport: --fail-severity decides the exit code; junit honours it', () => {
  const warnOnly = [findings[0]!];
  const out = sink();
  assert.equal(emitReport(warnOnly, flags({ format: 'junit', 'fail-severity': 'warn' }), { cwd, stdout: out }), 1);
  assert.match(out.text, /failures="1"/);
  const out2 = sink();
  assert.equal(emitReport(warnOnly, flags({ format: 'junit' }), { cwd, stdout: out2 }), 0);
  assert.equal(out2.text, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n</testsuites>\n');
});

test('--output: writes the file relative to cwd; "-" means stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-report-'));
  try {
    mkdirSync(join(dir, 'reports'));
    writeReport('hello\n', 'reports/out.sarif', { cwd: dir });
    assert.equal(readFileSync(join(dir, 'reports', 'out.sarif'), 'utf8'), 'hello\n');
    const out = sink();
    writeReport('to stdout\n', '-', { cwd: dir, stdout: out });
    assert.equal(out.text, 'to stdout\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--output: a missing folder or a folder as target is a usage error (exit 2), nothing created', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-report-'));
  try {
    assert.throws(
      () => writeReport('x', 'nope/out.json', { cwd: dir }),
      (e: unknown) =>
        e instanceof InputError &&
        e.exitCode === 2 &&
        e.line === `nope/out.json: cannot write report: folder ${join(dir, 'nope')} does not exist`,
    );
    mkdirSync(join(dir, 'sub'));
    assert.throws(
      () => writeReport('x', 'sub', { cwd: dir }),
      (e: unknown) => e instanceof InputError && e.line === 'sub: cannot write report: this is a folder',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
