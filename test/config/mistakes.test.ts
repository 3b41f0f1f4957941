/**
 * A mistake in apigw.yaml is one line at the mistake, with the closest right spelling: an unknown
 * key (a misspelt section silently meant "no settings"), an unknown rule id under lint.rules or an
 * override (a misspelt `off` left the rule on).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'apigw-config-'));
  copyFileSync(resolve(repoRoot, 'examples/rest-api/openapi.yaml'), join(dir, 'openapi.yaml'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function lintWith(config: string) {
  writeFileSync(join(dir, 'apigw.yaml'), config);
  const r = await runCli(['lint'], { cwd: dir });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr.replace(dir, '<dir>') };
}

test('an unknown top-level key is an error at the key, with the key meant', async () => {
  const r = await lintWith('spec: openapi.yaml\nlnt:\n  rules: {}\n');
  assert.deepEqual(r, {
    code: 2,
    stdout: '',
    stderr: "apigw: <dir>/apigw.yaml:2:1: apigw.yaml: unknown key 'lnt' (did you mean 'lint'?)\n",
  });
});

test('an unknown nested key points at its own line', async () => {
  const r = await lintWith('spec: openapi.yaml\nstages:\n  prod:\n    variabels: {a: b}\n');
  assert.deepEqual(r, {
    code: 2,
    stdout: '',
    stderr: "apigw: <dir>/apigw.yaml:4:5: stages.prod: unknown key 'variabels' (did you mean 'variables'?)\n",
  });
});

test('a mistyped rule id under lint.rules is an error with the id meant (the rule no longer stays on silently)', async () => {
  const r = await lintWith('spec: openapi.yaml\nlint:\n  rules:\n    apigw-cors-proxy-header: off\n');
  assert.deepEqual(r, {
    code: 2,
    stdout: '',
    stderr:
      "apigw: <dir>/apigw.yaml:4:5: lint.rules: unknown rule 'apigw-cors-proxy-header' (did you mean 'apigw-cors-proxy-headers'?); 'apigw rules' lists them\n",
  });
});

test('every registry id is known to lint.rules: validate codes too (apigw-ref-dangling was missing from a hand-kept list)', async () => {
  const r = await lintWith('spec: openapi.yaml\nlint:\n  rules:\n    apigw-ref-dangling: warn\n    oas-schema: warn\n');
  assert.doesNotMatch(r.stderr, /unknown rule/);
  assert.equal(r.code, 0);
});

test('a misspelt validate code is named with the code meant', async () => {
  const r = await lintWith('spec: openapi.yaml\nlint:\n  rules:\n    apigw-ref-dangle: off\n');
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    "apigw: <dir>/apigw.yaml:4:5: lint.rules: unknown rule 'apigw-ref-dangle' (did you mean 'apigw-ref-dangling'?); 'apigw rules' lists them\n",
  );
});

test('a mistyped rule id in an override is an error too', async () => {
  const r = await lintWith(
    'spec: openapi.yaml\nlint:\n  overrides:\n    - files: ["*.yaml"]\n      rules:\n        apigw-integration-timout: off\n',
  );
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    "apigw: <dir>/apigw.yaml:6:9: lint.overrides[0].rules: unknown rule 'apigw-integration-timout' (did you mean 'apigw-integration-timeout'?); 'apigw rules' lists them\n",
  );
});

test('known ids pass: a rule, a check of validate, and a severity change that takes effect', async () => {
  const r = await lintWith(
    'spec: openapi.yaml\nlint:\n  rules:\n    apigw-cors-proxy-headers: off\n    oas-schema: warn\n    apigw-extension-unknown: error\n',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'No problems found.\n');
});
