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
