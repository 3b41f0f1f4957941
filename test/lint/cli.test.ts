import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { runCli, repoRoot } from '../support/cli.js';

const project = resolve(repoRoot, 'test/fixtures/lint/project');

test('apigw lint: findings at the fail severity exit 1; json output is Spectral-shaped', async () => {
  const r = await runCli(['lint', '--format', 'json', '--quiet'], { cwd: project });
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as Array<{ code: string; severity: number; range: { start: { line: number } } }>;
  assert.deepEqual(
    out.map((f) => [f.code, f.severity, f.range.start.line]),
    [
      ['apigw-stage-variable-undefined', 0, 10],
      ['apigw-integration-timeout', 0, 11],
      ['apigw-integration-timeout', 1, 22],
    ],
  );
  assert.equal(r.stderr, '');
});

test('apigw lint: warnings only exit 0, or 1 with --fail-severity warn', async () => {
  assert.equal((await runCli(['lint', 'legacy/old.yaml', '-q'], { cwd: project })).code, 0);
  assert.equal((await runCli(['lint', 'legacy/old.yaml', '-q', '--fail-severity', 'warn'], { cwd: project })).code, 1);
});

test('apigw lint: a missing file is exit 2 with one line naming it', async () => {
  const r = await runCli(['lint', 'nope.yaml'], { cwd: project });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^apigw: .*nope\.yaml.*\n/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('apigw rules lists every rule; --json carries id, severity, category, description', async () => {
  const text = await runCli(['rules']);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /^ID +SEVERITY +CATEGORY +API +DESCRIPTION\n/);
  assert.match(text.stdout, /\napigw-integration-timeout +error +timeout +REST\+HTTP +`timeoutInMillis` must be/);
  assert.match(text.stdout, /\napigw-http-cors-config +error +cors +HTTP +/);
  assert.match(text.stdout, /\noas-schema +warn +structure +REST\+HTTP +/);
  // Which API types each rule checks: WebSocket rules say so.
  assert.match(text.stdout, /\napigw-ws-route-key +error +websocket +WS +WebSocket route keys/);
  const json = JSON.parse((await runCli(['rules', '--json'])).stdout) as Array<{
    id: string;
    severity: string;
    category: string;
    description: string;
    documentationUrl: string;
    apiTypes: string[];
    kind: string;
  }>;
  assert.deepEqual(json.find((r) => r.id === 'apigw-ws-integration-timeout')?.apiTypes, ['websocket']);
  assert.ok(json.length >= 50, `${json.length} rules`);
  assert.equal(new Set(json.map((r) => r.id)).size, json.length);
  for (const r of json) {
    // diff's change kinds keep the ids apigw diff has always printed (operation-removed, ...).
    assert.match(r.id, r.kind === 'change' ? /^[a-z0-9-]+$/ : /^(apigw|oas)-[a-z0-9-]+$/);
    assert.ok(['error', 'warn', 'info', 'hint'].includes(r.severity), r.id);
    assert.ok(r.description.length > 10, r.id);
  }
  const cors = JSON.parse((await runCli(['rules', '--json', '--category', 'cors'])).stdout) as Array<{
    category: string;
  }>;
  assert.ok(cors.length > 0 && cors.every((r) => r.category === 'cors'));
});

test("apigw lint --ruleset: a user's Spectral ruleset runs beside apigw's (bundled CLI included)", async () => {
  const r = await runCli(['lint', 'legacy/old.yaml', '--ruleset', 'my-ruleset.yaml', '--format', 'json', '-q'], {
    cwd: project,
  });
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout) as Array<{ code: string; range: { start: { line: number } } }>;
  assert.deepEqual(
    out.map((f) => [f.code, f.range.start.line + 1]),
    [
      ['company-info-contact', 2],
      ['apigw-integration-http-uri', 11],
    ],
  );
});

test('apigw lint --ruleset: an invalid user ruleset ends the run with one line naming the problem (exit 2)', async () => {
  const r = await runCli(['lint', 'legacy/old.yaml', '--ruleset', 'bad-ruleset.yaml'], { cwd: project });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(
    r.stderr,
    /^apigw: .*bad-ruleset\.yaml: cannot load Spectral ruleset: .*"error", "warn".* \(at rules\.company-bad-severity\.severity\)\n$/,
  );
});
