/**
 * `apigw diff` from the command line on files: exact text/markdown output, JSON shape, --fail-on
 * exit codes, bad input, and the normalisation (a definition, its Swagger 2.0 twin and the
 * export of its deployment compare equal).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';
import { DIFF_RULES } from '../../src/diff/rules.js';

const fx = (name: string) => `test/fixtures/diff/${name}`;

describe('apigw diff (files)', () => {
  it('a definition, its Swagger 2.0 twin and the export of its deployment compare equal', async () => {
    for (const [a, b] of [
      ['petstore.yaml', 'petstore-export.json'],
      ['petstore-swagger.yaml', 'petstore-export.json'],
      ['petstore-export.json', 'petstore.yaml'],
    ]) {
      const r = await runCli(['diff', fx(a), fx(b), '--fail-on', 'any']);
      assert.equal(r.stdout, `apigw diff ${fx(a)} → ${fx(b)}\n\nNo changes.\n`, `${a} vs ${b}`);
      assert.equal(r.code, 0);
    }
  });

  it('prints changes grouped by route, with the template as a unified diff', async () => {
    const r = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml')]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        `apigw diff ${fx('v1.yaml')} → ${fx('v2.yaml')}`,
        '',
        'GET /orders',
        '  safe      query parameter "cursor" added (optional) — optional; existing requests stay valid [parameter-added-optional]',
        '  risky     integration timeout (ms): 29000 → 10000 — slow backend calls end with 504 at a different time [integration-timeout-changed]',
        '  risky     integration request template application/json changed — the backend receives a differently shaped request [integration-template-changed]',
        '            --- a/GET /orders integration request template application/json',
        '            +++ b/GET /orders integration request template application/json',
        '            @@ -1,1 +1,1 @@',
        '            -{"limit": "$input.params(\'limit\')"}',
        '            +{"limit": "$input.params(\'limit\')", "cursor": "$input.params(\'cursor\')"}',
        '',
        'POST /orders',
        '  safe      route added — new route; existing clients are unaffected [operation-added]',
        '',
        'DELETE /orders/{id}',
        '  breaking  route removed — clients calling it get 403 Missing Authentication Token [operation-removed]',
        '',
        '5 changes: 1 breaking, 2 risky, 2 safe',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked (FORCE_COLOR), never under NO_COLOR', async () => {
    const plain = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml')], { env: { NO_COLOR: '1' } });
    assert.doesNotMatch(plain.stdout, /\x1b\[/);
    const forced = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml')], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    assert.match(forced.stdout, /\x1b\[31m\x1b\[1mbreaking/);
  });

  it('--format markdown renders a pull-request comment', async () => {
    const r = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml'), '--format', 'markdown']);
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      [
        `### API Gateway diff: \`${fx('v1.yaml')}\` → \`${fx('v2.yaml')}\``,
        '',
        '**5 changes: 1 breaking, 2 risky, 2 safe**',
        '',
        '| | Where | Change | Why |',
        '| --- | --- | --- | --- |',
        '| 🟢 safe | `GET /orders` | query parameter "cursor" added (optional) | optional; existing requests stay valid |',
        '| 🟠 risky | `GET /orders` | integration timeout (ms): 29000 → 10000 | slow backend calls end with 504 at a different time |',
        '| 🟠 risky | `GET /orders` | integration request template application/json changed | the backend receives a differently shaped request |',
        '| 🟢 safe | `POST /orders` | route added | new route; existing clients are unaffected |',
        '| 🔴 breaking | `DELETE /orders/{id}` | route removed | clients calling it get 403 Missing Authentication Token |',
        '',
        '<details><summary>Text diffs (1)</summary>',
        '',
        '**`GET /orders`** integration request template application/json changed',
        '',
        '```diff',
        '--- a/GET /orders integration request template application/json',
        '+++ b/GET /orders integration request template application/json',
        '@@ -1,1 +1,1 @@',
        '-{"limit": "$input.params(\'limit\')"}',
        '+{"limit": "$input.params(\'limit\')", "cursor": "$input.params(\'cursor\')"}',
        '```',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('--format json gives every change with rule, class, reason, scope and path', async () => {
    const r = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml'), '--format', 'json']);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.counts, { breaking: 1, risky: 2, safe: 2 });
    assert.deepEqual(json.notes, []);
    assert.deepEqual(json.changes[4], {
      rule: 'operation-removed',
      classification: 'breaking',
      reason: 'clients calling it get 403 Missing Authentication Token',
      scope: 'DELETE /orders/{id}',
      message: 'route removed',
      path: ['operations', 'DELETE /orders/{id}'],
    });
  });

  it('--fail-on sets exit code 1 at or above the class', async () => {
    const code = async (failOn: string, a = 'v1.yaml', b = 'v2.yaml') =>
      (await runCli(['diff', fx(a), fx(b), '--fail-on', failOn])).code;
    assert.equal(await code('breaking'), 1);
    assert.equal(await code('risky'), 1);
    // v2 → v1 re-adds the DELETE route (safe) but still drops POST (breaking).
    assert.equal(await code('breaking', 'v2.yaml', 'v1.yaml'), 1);
    assert.equal(await code('any', 'v1.yaml', 'v1.yaml'), 0);
  });

  it('bad input: one line naming the file, exit 2', async () => {
    const missing = await runCli(['diff', fx('v1.yaml'), fx('nope.yaml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^apigw: .*nope\.yaml.*\n$/);
    const one = await runCli(['diff', fx('v1.yaml')]);
    assert.equal(one.code, 2);
    assert.equal(one.stderr, 'apigw: apigw diff compares exactly two sources, got 1: pass FROM TO, or --stage twice\n');
    const badAws = await runCli(['diff', 'aws:', fx('v1.yaml')]);
    assert.equal(badAws.code, 2);
    assert.equal(badAws.stderr, "apigw: 'aws:': expected aws:API or aws:API/STAGE (API by id or name)\n");
    const badFlag = await runCli(['diff', fx('v1.yaml'), fx('v2.yaml'), '--fail-on', 'sometimes']);
    assert.equal(badFlag.code, 2);
  });

  it('docs/diff-rules.md lists every rule with its class and reason', () => {
    const doc = readFileSync(resolve(repoRoot, 'docs/diff-rules.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (breaking|risky|safe) \| (.+) \|$/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    assert.deepEqual(
      rows,
      Object.entries(DIFF_RULES).map(([id, r]) => [id, r.classification, r.reason]),
    );
  });
});
