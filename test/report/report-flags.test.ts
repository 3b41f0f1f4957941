/** The shared flags parse as documented (Spectral's short letters: -f -o -F -q). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from '@oclif/core';
import { reportFlags } from '../../src/cli/report-flags.js';

const parse = (argv: string[]) => Parser.parse(argv, { flags: reportFlags, strict: true });

test('defaults: stylish, stdout, fail on errors, not quiet', async () => {
  const { flags } = await parse([]);
  assert.deepEqual({ ...flags }, { format: 'stylish', 'fail-severity': 'error', quiet: false });
});

test('every flag and its short form', async () => {
  const { flags } = await parse(['-f', 'sarif', '-o', 'out.sarif', '-F', 'warn', '-q']);
  assert.deepEqual({ ...flags }, { format: 'sarif', output: 'out.sarif', 'fail-severity': 'warn', quiet: true });
  const long = await parse(['--format=junit', '--output', 'r.xml', '--fail-severity', 'hint', '--quiet']);
  assert.deepEqual({ ...long.flags }, { format: 'junit', output: 'r.xml', 'fail-severity': 'hint', quiet: true });
});

test('unknown values are rejected', async () => {
  await assert.rejects(
    parse(['--format', 'xml']),
    /Expected --format=xml to be one of: stylish, json, sarif, junit, github/,
  );
  await assert.rejects(
    parse(['--fail-severity', 'warning']),
    /Expected --fail-severity=warning to be one of: error, warn, info, hint/,
  );
});
