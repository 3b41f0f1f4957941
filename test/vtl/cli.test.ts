import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const fx = 'test/fixtures/vtl';

test('--template renders a bare template byte-exact, with --stage-variable and --context overrides', async () => {
  const r = await runCli([
    'test-template',
    '--template',
    `${fx}/hello.vtl`,
    '--event',
    `${fx}/event.yaml`,
    '--stage-variable',
    'env=prod',
    '--context',
    'identity.sourceIp=203.0.113.9',
  ]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '{"greeting": "Hello Rex from prod", "ip": "203.0.113.9"}\n');
  assert.equal(r.code, 0);
});

test('a Lambda proxy event is accepted; --json prints the documented shape', async () => {
  const r = await runCli([
    'test-template',
    '--template',
    `${fx}/hello.vtl`,
    '--event',
    `${fx}/proxy-event.json`,
    '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(j), [
    'output',
    'statusOverride',
    'headerOverrides',
    'requestOverrides',
    'responseOverride',
    'template',
    'warnings',
  ]);
  assert.equal(j.output, '{"greeting": "Hello Tom from prod", "ip": "192.0.2.5"}\n');
  assert.equal(j.statusOverride, null);
  assert.deepEqual(j.requestOverrides, { header: {}, querystring: {}, path: {} });
});

test("the spec form renders the operation's request template and the selected response", async () => {
  const req = await runCli([
    'test-template',
    'examples/rest-api/openapi.yaml',
    '--path',
    '/pets',
    '--method',
    'GET',
    '--event',
    'examples/template-cases/events/list-pets.yaml',
    '--json',
  ]);
  assert.equal(req.code, 0, req.stderr);
  const j = JSON.parse(req.stdout);
  assert.deepEqual(JSON.parse(j.output), { type: 'dog', stage: 'dev' });
  assert.equal(j.template.contentType, 'application/json');
  assert.deepEqual(j.template.integrationRequest.querystring, { type: 'dog', page: '2' });
  assert.equal(j.template.integrationRequest.header['X-Request-Id'], '11111111-2222-3333-4444-555555555555');
  const res = await runCli([
    'test-template',
    'examples/rest-api/openapi.yaml',
    '--path',
    '/pets',
    '--method',
    'GET',
    '--event',
    'examples/template-cases/events/list-pets.yaml',
    '--response',
    '500',
    '--json',
  ]);
  assert.equal(res.code, 0, res.stderr);
  const k = JSON.parse(res.stdout);
  assert.equal(k.output, '{"message": "the pet backend failed"}');
  assert.deepEqual(k.template.methodResponse, {
    status: 500,
    headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' },
  });
});

test('a failing template exits 1 with the template line and column; bad input exits 2', async () => {
  const r = await runCli(['test-template', '--template', `${fx}/broken.vtl`, '--event', `${fx}/event.yaml`]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'apigw: test/fixtures/vtl/broken.vtl:2:8: substring: begin 10, end 3, length 3\n');
  const missing = await runCli(['test-template', '--template', `${fx}/nope.vtl`]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, `apigw: ${fx}/nope.vtl: cannot read template: file not found\n`);
  const noOp = await runCli(['test-template', 'examples/rest-api/openapi.yaml', '--path', '/nope', '--method', 'GET']);
  assert.equal(noOp.code, 2);
  assert.match(noOp.stderr, /no path \/nope in the definition/);
});

test('--cases: a stale expectation fails with a diff (and junit), --update rewrites it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cases-'));
  try {
    cpSync(`${fx}/cases-failing`, join(dir, 'cases'), { recursive: true });
    cpSync(`${fx}/hello.vtl`, join(dir, 'hello.vtl'));
    cpSync(`${fx}/event.yaml`, join(dir, 'event.yaml'));
    writeFileSync(join(dir, 'apigw.yaml'), ''); // the project root: case files may read ../hello.vtl
    const r = await runCli(['test-template', '--cases', join(dir, 'cases')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /FAIL  a case whose expectation is out of date/);
    assert.match(
      r.stdout,
      /-\{"greeting": "Hello Max from dev", "ip": "198\.51\.100\.10"\}\n\s+\+\{"greeting": "Hello Rex from dev", "ip": "198\.51\.100\.10"\}/,
    );
    assert.match(r.stdout, /0 passed, 1 failed/);
    const junit = await runCli(['test-template', '--cases', join(dir, 'cases'), '--format', 'junit']);
    assert.equal(junit.code, 1);
    assert.match(junit.stdout, /<testsuites name="apigw test-template" tests="1" failures="1"/);
    assert.match(junit.stdout, /<failure message="output differs:">/);
    const up = await runCli(['test-template', '--cases', join(dir, 'cases'), '--update']);
    assert.equal(up.code, 0);
    assert.match(
      readFileSync(join(dir, 'cases', 'wrong.case.yaml'), 'utf8'),
      /output: \|\n {4}\{"greeting": "Hello Rex from dev", "ip": "198\.51\.100\.10"\}\n/,
    );
    const again = await runCli(['test-template', '--cases', join(dir, 'cases')]);
    assert.equal(again.code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundled example cases pass', async () => {
  const r = await runCli(['test-template', '--cases', 'examples/template-cases']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /5 passed, 0 failed/);
});

test('--cases --update leaves passing cases byte for byte (it records only what fails)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cases-'));
  try {
    cpSync('examples', join(dir, 'examples'), { recursive: true });
    writeFileSync(join(dir, 'apigw.yaml'), '');
    const cases = join(dir, 'examples', 'template-cases');
    const snapshot = () =>
      readdirSync(cases)
        .filter((f) => f.endsWith('.case.yaml'))
        .map((f) => [f, readFileSync(join(cases, f), 'utf8')]);
    const before = snapshot();
    assert.equal(before.length, 5);
    const r = await runCli(['test-template', '--cases', cases, '--update']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /^updated/m);
    assert.match(r.stdout, /5 passed, 0 failed \(0 updated\)\n$/);
    assert.deepEqual(snapshot(), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--cases --json prints one JSON report (per case: name, file, ok, failures); exit 1 on a failure', async () => {
  const ok = await runCli(['test-template', '--cases', 'examples/template-cases', '--json']);
  assert.equal(ok.code, 0, ok.stderr);
  const report = JSON.parse(ok.stdout);
  assert.deepEqual([report.passed, report.failed, report.updated], [5, 0, 0]);
  assert.deepEqual(report.cases[0], {
    name: 'GET /pets backend failure maps to 500',
    file: 'examples/template-cases/list-pets-backend-error.case.yaml',
    ok: true,
    updated: false,
    failures: [],
  });
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cases-'));
  try {
    cpSync(`${fx}/cases-failing`, join(dir, 'cases'), { recursive: true });
    cpSync(`${fx}/hello.vtl`, join(dir, 'hello.vtl'));
    cpSync(`${fx}/event.yaml`, join(dir, 'event.yaml'));
    writeFileSync(join(dir, 'apigw.yaml'), '');
    const failing = await runCli(['test-template', '--cases', 'cases', '--json'], { cwd: dir });
    assert.equal(failing.code, 1);
    const bad = JSON.parse(failing.stdout);
    assert.deepEqual(
      [bad.passed, bad.failed, bad.cases[0].ok, bad.cases[0].file],
      [0, 1, false, 'cases/wrong.case.yaml'],
    );
    assert.match(bad.cases[0].failures[0], /^output differs:\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [args, line] of [
  [
    ['--cases', 'examples/template-cases', '--json', '--format', 'junit'],
    '--json and --format junit are two reports: pick one',
  ],
  [['--template', `${fx}/hello.vtl`, '--update'], '--update works with --cases only'],
  [
    ['--template', `${fx}/hello.vtl`, '--format', 'junit'],
    '--format works with --cases only (one render prints its output, or --json)',
  ],
  [
    ['--cases', 'examples/template-cases', '--template', `${fx}/hello.vtl`],
    '--cases runs the case files: do not also pass a definition, --template, --route, --path, --method or --event',
  ],
] as const) {
  test(`test-template ${args.join(' ')}: a usage error, not a silently ignored flag`, async () => {
    const r = await runCli(['test-template', ...args]);
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `apigw: ${line}\n`]);
  });
}
