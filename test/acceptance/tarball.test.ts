/**
 * The packed package as users install it: scripts/acceptance.mjs packs, installs the tarball into a
 * temporary prefix and runs this file with APIGW_INSTALLED=<prefix>/bin/apigw (and Node 22 or 24
 * first on PATH). Every command goes through that executable, in a scratch copy of the examples,
 * the way the README shows it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as sdk from '@aws-sdk/client-api-gateway';
import { repoRoot, runProcess } from '../support/cli.js';
import { emulatorEnv, startEmulator, type Emulator } from '../support/emulator.js';
import { compileCacheSteps } from '../support/compile-cache.js';
import { installedBin, runInstalled } from '../support/installed.js';

const bin = installedBin();
const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string };
let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'apigw-installed-'));
  cpSync(resolve(repoRoot, 'examples'), join(work, 'examples'), { recursive: true });
  cpSync(resolve(repoRoot, 'test/fixtures/deploy/pets'), join(work, 'deploy'), { recursive: true });
  // A user's repository: case files may read anything inside it (test-template's project root).
  execFileSync('git', ['init', '-q'], { cwd: work });
});
after(() => rmSync(work, { recursive: true, force: true }));
const run = (args: string[], cwd = work, env: Record<string, string | undefined> = {}) =>
  runInstalled(bin, args, { cwd, env });

test('the package carries LICENSE, no source maps, and stays small', () => {
  const tarball = process.env.APIGW_TARBALL;
  assert.ok(tarball, 'APIGW_TARBALL is set by scripts/acceptance.mjs');
  const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(entries.includes('package/LICENSE'));
  assert.deepEqual(
    entries.filter((e) => e.endsWith('.map')),
    [],
  );
  assert.ok(entries.includes('package/dist/cli/main.js'));
  assert.ok(entries.includes('package/dist/cli/app.cjs'));
  assert.deepEqual(
    entries.filter((e) => /^package\/(src|test|scripts)\//.test(e)),
    [],
  );
});

test('apigw --version names the version and the Node it runs on', async () => {
  const r = await run(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `apigw/${pkg.version} linux-x64 node-${process.env.APIGW_EXPECT_NODE ?? process.version}\n`);
});

test('lint keeps its compiled code under XDG_CACHE_HOME: written by the first run, used by the next, same findings', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'apigw-installed-cc-'));
  const env = { XDG_CACHE_HOME: cache, NODE_DEBUG: 'apigw' };
  const args = ['lint', '--format', 'json', 'examples/rest-api/openapi.yaml'];
  const first = await run(args, work, env);
  const second = await run(args, work, env);
  assert.deepEqual(compileCacheSteps(first.stderr), [
    ['lint', 'none'],
    ['lint', 'written'],
  ]);
  assert.deepEqual(compileCacheSteps(second.stderr), [['lint', 'used']]);
  assert.deepEqual([second.code, second.stdout], [first.code, first.stdout]);
  assert.equal(JSON.parse(first.stdout).length, 2);
  rmSync(cache, { recursive: true, force: true });
});

test('help spellings work and `apigw --help | head` ends quietly', async () => {
  for (const args of [['-h'], ['help', 'lint'], ['lint', '--help']]) {
    const r = await run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stdout, /USAGE/);
  }
  const child = spawn(bin, ['--help'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy(); // the reader is gone before the first write
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  assert.deepEqual([code, stderr], [0, '']);
});

describe('lint, as in the README', () => {
  test('the REST example lints clean from its folder (apigw.yaml names the spec)', async () => {
    const r = await run(['lint'], join(work, 'examples/rest-api'));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✖ 2 problems \(0 errors, 0 warnings, 2 infos, 0 hints\)/);
  });

  test('a defective copy fails at the line of the defect', async () => {
    const dir = join(work, 'defective');
    cpSync(join(work, 'examples/rest-api'), dir, { recursive: true });
    const file = join(dir, 'openapi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timeoutInMillis: 10000', 'timeoutInMillis: 10'));
    const r = await run(['lint', 'openapi.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const errors = (
      JSON.parse(r.stdout) as Array<{ code: string; severity: number; range: { start: { line: number } } }>
    ).filter((f) => f.severity === 0);
    assert.deepEqual(
      errors.map((f) => [f.code, f.range.start.line + 1]),
      [['apigw-integration-timeout', 81]],
    );
  });
});

test("a user's code: import { loadSpec, lintSpec } from 'apigw' gives the same findings alone and with a REST and an HTTP lint at once, either order", async () => {
  const app = join(work, 'library-user');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  // The installed package (prefix/lib/node_modules/apigw), as a dependency of the user's project.
  symlinkSync(dirname(dirname(realpathSync(bin))), join(app, 'node_modules', 'apigw'));
  for (const f of ['rest.yaml', 'http.yaml'])
    cpSync(resolve(repoRoot, 'test/fixtures/lint/api-types', f), join(app, f));
  writeFileSync(
    join(app, 'check.mjs'),
    `import { loadSpec, lintSpec } from 'apigw';
const brief = (fs) => fs.map((f) => f.code + ':' + (f.range.start.line + 1)).sort();
const lint = async (f) => brief(await lintSpec(await loadSpec(f)));
const alone = { rest: await lint('rest.yaml'), http: await lint('http.yaml') };
const rounds = [];
for (let i = 0; i < 3; i++) {
  const [rest, http] = await Promise.all([lint('rest.yaml'), lint('http.yaml')]);
  const [http2, rest2] = await Promise.all([lint('http.yaml'), lint('rest.yaml')]);
  rounds.push({ rest, http }, { rest: rest2, http: http2 });
}
console.log(JSON.stringify({ alone, rounds }));
`,
  );
  const r = await runProcess('node', ['check.mjs'], { cwd: app, timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  const { alone, rounds } = JSON.parse(r.stdout) as { alone: unknown; rounds: unknown[] };
  assert.deepEqual(alone, {
    rest: [
      'apigw-cors-rest-extension-ignored:7',
      'apigw-integration-field-ignored:22',
      'apigw-integration-timeout-quota:23',
      'apigw-template-json-output:25',
    ],
    http: ['apigw-http-cors-config:9', 'apigw-http-payload-format-version:20', 'apigw-integration-timeout:21'],
  });
  for (const round of rounds) assert.deepEqual(round, alone);
});

test('apigw rules --json lists every kind, each non-diff id with its doc page in the package', async () => {
  const r = await run(['rules', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const rules = JSON.parse(r.stdout) as Array<{ id: string; kind: string }>;
  assert.deepEqual([...new Set(rules.map((x) => x.kind))].sort(), ['change', 'config', 'spec', 'template', 'validate']);
  const pkg = dirname(dirname(realpathSync(bin)));
  assert.deepEqual(
    rules.filter((x) => x.kind !== 'change').filter((x) => !existsSync(join(pkg, 'docs/rules', `${x.id}.md`))),
    [],
  );
});

test('test-template --cases runs the example golden cases', async () => {
  const r = await run(['test-template', '--cases', 'examples/template-cases']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /\n5 passed, 0 failed\n$/);
});

test('diff of two files classifies a removed operation as breaking and --fail-on breaking exits 1', async () => {
  const before = join(work, 'examples/rest-api/openapi.yaml');
  const after = join(work, 'after.yaml');
  const text = readFileSync(before, 'utf8');
  const start = text.indexOf('  /pets/{petId}:');
  const end = text.indexOf('\ncomponents:');
  assert.ok(start > 0 && end > start, 'the example still has /pets/{petId} before components');
  writeFileSync(after, text.slice(0, start) + text.slice(end + 1));
  const r = await run(['diff', before, after, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const changes = (JSON.parse(r.stdout) as { changes: Array<{ rule: string; classification: string; scope: string }> })
    .changes;
  assert.deepEqual(
    changes.map((c) => [c.rule, c.classification, c.scope]),
    [
      ['operation-removed', 'breaking', 'GET /pets/{petId}'],
      ['operation-removed', 'breaking', 'OPTIONS /pets/{petId}'],
    ],
  );
  const failing = await run(['diff', before, after, '--fail-on', 'breaking']);
  assert.equal(failing.code, 1, failing.stderr);
});

test('a SAM template with Cors and Auth: lint sees what the transform writes, test-template renders its preflight', async () => {
  const dir = join(work, 'sam');
  cpSync(resolve(repoRoot, 'test/fixtures/templates/sam-cors-auth.yaml'), join(dir, 'template.yaml'));
  cpSync(resolve(repoRoot, 'test/fixtures/templates/include/keyed.yaml'), join(dir, 'include/keyed.yaml'));
  const r = await run(['lint', 'template.yaml', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  const findings = JSON.parse(r.stdout) as Array<{ code: string; source: string; range: { start: { line: number } } }>;
  const at = (code: string) =>
    findings.filter((f) => f.code === code).map((f) => `${f.source.replace(`${dir}/`, '')}:${f.range.start.line + 1}`);
  assert.deepEqual(at('apigw-cors-header-value-quoted'), ['template.yaml:8']);
  assert.deepEqual(at('apigw-preflight-authorized'), ['template.yaml:11', 'template.yaml:11', 'template.yaml:55']);
  assert.deepEqual(at('apigw-xref-security-scheme'), ['include/keyed.yaml:8']);
  const event = join(dir, 'preflight.yaml');
  writeFileSync(event, 'request:\n  headers: {Origin: https://example.com}\n');
  const t = await run(
    [
      'test-template',
      'template.yaml',
      '--api',
      'KeyApi',
      '--path',
      '/orders',
      '--method',
      'OPTIONS',
      '--event',
      event,
      '--response',
      '--json',
    ],
    dir,
  );
  assert.equal(t.code, 0, t.stderr);
  assert.deepEqual((JSON.parse(t.stdout) as { template: { methodResponse: unknown } }).template.methodResponse, {
    status: 200,
    headers: { 'Access-Control-Allow-Origin': 'https://example.com', 'Access-Control-Allow-Methods': 'OPTIONS,POST' },
  });
});

test('WebSocket templates: an AWS::Serverless::WebSocketApi lints at its SAM properties; diff compares routes', async () => {
  const dir = join(work, 'ws');
  cpSync(resolve(repoRoot, 'test/fixtures/templates/sam-websocket.yaml'), join(dir, 'ws.yaml'));
  const r = await run(['lint', 'ws.yaml', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(
    (JSON.parse(r.stdout) as Array<{ code: string; path: string[] }>).map((f) => [f.code, f.path.join('.')]),
    [
      ['apigw-ws-route-selection-expression', 'Resources.ChatApi.Properties.RouteSelectionExpression'],
      ['apigw-ws-integration-timeout', 'Resources.ChatApi.Properties.Routes.sendmessage.IntegrationTimeout'],
    ],
  );
  writeFileSync(
    join(dir, 'ws-next.yaml'),
    readFileSync(join(dir, 'ws.yaml'), 'utf8').replace('IntegrationTimeout: 40000', 'IntegrationTimeout: 20000'),
  );
  const d = await run(['diff', 'ws.yaml', 'ws-next.yaml', '--format', 'json'], dir);
  assert.equal(d.code, 0, d.stderr);
  assert.deepEqual(
    (JSON.parse(d.stdout) as { changes: Array<{ rule: string; scope: string }> }).changes.map((c) => [c.rule, c.scope]),
    [['integration-timeout-changed', 'ChatApi: route sendmessage']],
  );
});

describe('deploy with lint on, against the moto emulator', () => {
  let emu: Emulator;
  before(async () => (emu = await startEmulator()));
  after(async () => emu?.stop());
  const client = () =>
    new sdk.APIGatewayClient({
      endpoint: emu.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });

  test('a lint error stops the deploy before anything is pushed', async () => {
    const dir = join(work, 'deploy-bad');
    cpSync(join(work, 'deploy'), dir, { recursive: true });
    const file = join(dir, 'openapi.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'uri: https://${backendHost}/pets\n',
        'uri: https://${backendHost}/pets\n        timeoutInMillis: 10\n',
      ),
    );
    const r = await run(['deploy', '--stage', 'prod', '--create', '--yes'], dir, emulatorEnv(emu.endpoint));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^apigw: lint: \S*deploy-bad\/openapi\.yaml:16:26 error apigw-integration-timeout /m);
    assert.match(r.stderr, /nothing was pushed/);
    assert.deepEqual((await client().send(new sdk.GetRestApisCommand({}))).items ?? [], []);
  });

  test('a clean definition is linted, created and deployed to the stage', async () => {
    const r = await run(
      ['deploy', '--stage', 'prod', '--create', '--yes'],
      join(work, 'deploy'),
      emulatorEnv(emu.endpoint),
    );
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /^apigw: lint: clean$/m);
    const [api] = (await client().send(new sdk.GetRestApisCommand({}))).items ?? [];
    assert.equal(api?.name, 'pets-deploy');
    const stage = await client().send(new sdk.GetStageCommand({ restApiId: api.id, stageName: 'prod' }));
    assert.deepEqual(stage.variables, { color: 'blue' });
  });
});
