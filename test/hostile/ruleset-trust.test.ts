/**
 * Hostile input, class "config trust": a repository's apigw.yaml (changed by a pull request) cannot
 * make lint run JavaScript or fetch a URL. Code runs only with --allow-code-rulesets (or
 * APIGW_ALLOW_CODE_RULESETS=1); remote `extends:` only with lint.allowRemote in a config passed
 * with --config (or APIGW_ALLOW_REMOTE_RULESETS=1). Refusals are one line, exit 2.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-trust-'));
const marker = join(dir, 'RAN');
writeFileSync(join(dir, 'api.yaml'), 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\n');
writeFileSync(
  join(dir, 'evil.js'),
  `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { rules: {} };\n`,
);
writeFileSync(join(dir, 'functions.yaml'), 'functions: [f]\nrules: {}\n');
writeFileSync(join(dir, 'chain.yaml'), 'extends: ["./evil.js"]\nrules: {}\n');
const CODE =
  /is JavaScript: apigw runs code from a ruleset only when you allow it \(--allow-code-rulesets or APIGW_ALLOW_CODE_RULESETS=1\)\n$/;
const REMOTE =
  /is fetched from the network: apigw fetches rulesets only when you allow it \(lint\.allowRemote: true in a config you pass with --config, or APIGW_ALLOW_REMOTE_RULESETS=1\)\n$/;

test('config trust: a JavaScript ruleset named by apigw.yaml or --ruleset does not run without the opt-in', async () => {
  writeFileSync(join(dir, 'apigw.yaml'), 'spec: api.yaml\nlint:\n  rulesets: [evil.js]\n');
  try {
    const fromConfig = assertBounded(await runBounded(['lint'], { cwd: dir }), 2);
    assert.match(fromConfig.stderr, /^apigw: Spectral ruleset 'evil\.js' /);
    assert.match(fromConfig.stderr, CODE);
  } finally {
    rmSync(join(dir, 'apigw.yaml'));
  }
  for (const ruleset of ['evil.js', 'functions.yaml', 'chain.yaml']) {
    const r = assertBounded(await runBounded(['lint', 'api.yaml', '--ruleset', ruleset], { cwd: dir }), 2);
    assert.match(r.stderr, CODE, ruleset);
  }
  assert.equal(existsSync(marker), false, 'the ruleset code ran');
  assertBounded(
    await runBounded(['lint', 'api.yaml', '--ruleset', 'evil.js', '--allow-code-rulesets'], { cwd: dir }),
    0,
  );
  assert.equal(existsSync(marker), true, 'with the opt-in the ruleset loads');
  rmSync(marker);
  assertBounded(
    await runBounded(['lint', 'api.yaml', '--ruleset', 'chain.yaml'], {
      cwd: dir,
      env: { APIGW_ALLOW_CODE_RULESETS: '1' },
    }),
    0,
  );
  assert.equal(existsSync(marker), true);
});

test('config trust: remote extends is fetched only with lint.allowRemote in an explicit --config', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.end('rules: {}\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ruleset.yaml`;
    writeFileSync(join(dir, 'remote.yaml'), `extends: [${JSON.stringify(url)}]\nrules: {}\n`);
    writeFileSync(join(dir, 'apigw.yaml'), 'spec: api.yaml\nlint:\n  allowRemote: true\n  rulesets: [remote.yaml]\n');
    // Found by walking up (the repository's own apigw.yaml): allowRemote is not honoured.
    const found = assertBounded(await runBounded(['lint'], { cwd: dir }), 2);
    assert.match(
      found.stderr,
      new RegExp(`^apigw: Spectral ruleset 'remote\\.yaml' extends '${url.replace(/[./]/g, '\\$&')}' `),
    );
    assert.match(found.stderr, REMOTE);
    assert.equal(requests, 0);
    assertBounded(await runBounded(['lint', '--config', 'apigw.yaml'], { cwd: dir }), 0);
    assert.equal(requests, 1);
    rmSync(join(dir, 'apigw.yaml'));
    assertBounded(
      await runBounded(['lint', 'api.yaml', '--ruleset', 'remote.yaml'], {
        cwd: dir,
        env: { APIGW_ALLOW_REMOTE_RULESETS: '1' },
      }),
      0,
    );
    assert.equal(requests, 2);
  } finally {
    server.close();
  }
});
