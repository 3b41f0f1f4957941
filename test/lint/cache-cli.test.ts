import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

test("lint --cache: a repeat run replays the same findings; a change to a $ref'd file is seen", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cache-cli-'));
  const cacheHome = join(dir, 'xdg');
  writeFileSync(
    join(dir, 'api.yaml'),
    'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok}}\n      x-amazon-apigateway-integration:\n        $ref: "parts.yaml#/slow"\n',
  );
  const part = (type: string) => `slow:\n  type: ${type}\n  httpMethod: GET\n  uri: https://example.com/a\n`;
  writeFileSync(join(dir, 'parts.yaml'), part('http_prox'));
  const run = () =>
    runCli(['lint', 'api.yaml', '--cache', '--format', 'json', '--api-type', 'rest'], {
      cwd: dir,
      env: { XDG_CACHE_HOME: cacheHome },
    });
  const codes = (stdout: string) => (JSON.parse(stdout) as { code: string }[]).map((f) => f.code);

  const first = await run();
  assert.ok(codes(first.stdout).includes('apigw-integration-type'), first.stdout);
  assert.equal(readdirSync(join(cacheHome, 'apigw'), { recursive: true }).length > 0, true, 'an entry was written');
  const second = await run();
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.code, first.code);

  writeFileSync(join(dir, 'parts.yaml'), part('http_proxy'));
  const third = await run();
  assert.ok(!codes(third.stdout).includes('apigw-integration-type'), third.stdout);
});

test('lint --cache: a whole run is replayed until the definition, apigw.yaml or the arguments change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cache-run-'));
  const cacheHome = join(dir, 'xdg');
  const api = (type: string) =>
    `openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok}}\n      x-amazon-apigateway-integration: {type: ${type}, httpMethod: GET, uri: "https://example.com/a"}\n`;
  writeFileSync(join(dir, 'api.yaml'), api('http_prox'));
  const run = (format = 'json') =>
    runCli(['lint', 'api.yaml', '--cache', '--format', format], {
      cwd: dir,
      env: { XDG_CACHE_HOME: cacheHome },
    });
  const codes = (stdout: string) => (JSON.parse(stdout) as { code: string }[]).map((f) => f.code);
  const runEntries = () => readdirSync(join(cacheHome, 'apigw', 'runs')).filter((n) => n.endsWith('.json'));

  const first = await run();
  assert.equal(first.code, 1);
  assert.ok(codes(first.stdout).includes('apigw-integration-type'), first.stdout);
  assert.equal(runEntries().length, 1, 'the run was stored');
  const replayed = await run();
  assert.deepEqual([replayed.code, replayed.stdout, replayed.stderr], [first.code, first.stdout, first.stderr]);

  // Another format is the same run: the stored outcome is reported in it.
  const stylish = await run('stylish');
  assert.match(stylish.stdout, /apigw-integration-type/);

  // apigw.yaml turns the rule off: the key changes (a config is now found) and the rule is gone.
  writeFileSync(join(dir, 'apigw.yaml'), 'lint:\n  rules:\n    apigw-integration-type: off\n');
  const configured = await run();
  assert.ok(!codes(configured.stdout).includes('apigw-integration-type'), configured.stdout);
  // ...and back on, in the same apigw.yaml (same key, changed dependency): seen again.
  writeFileSync(join(dir, 'apigw.yaml'), 'lint:\n  rules:\n    apigw-integration-type: error\n');
  assert.ok(codes((await run()).stdout).includes('apigw-integration-type'));

  // The definition fixed: a miss, and the finding is gone.
  writeFileSync(join(dir, 'api.yaml'), api('http_proxy'));
  const fixed = await run();
  assert.ok(!codes(fixed.stdout).includes('apigw-integration-type'), fixed.stdout);

  // An unreadable file is never replayed: its reason is printed on every run.
  writeFileSync(join(dir, 'broken.yaml'), 'openapi: [\n');
  for (let i = 0; i < 2; i++) {
    const broken = await runCli(['lint', 'broken.yaml', '--cache'], { cwd: dir, env: { XDG_CACHE_HOME: cacheHome } });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /broken\.yaml:\d+:\d+: invalid YAML/);
  }
});
