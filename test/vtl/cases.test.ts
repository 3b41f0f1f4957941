/**
 * Golden cases (issue #16 item 9, issue #12 confinement): a broken case file fails alone, --update
 * edits only what it records, cases assert overrides, the integration request and warnings, and
 * case files read only inside their project.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { parseTemplate } from '../../src/vtl/index.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-cases-'));
  writeFileSync(join(dir, 'apigw.yaml'), '');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const spec = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://backend.example.com/pets/{id}
        requestParameters:
          integration.request.path.id: method.request.path.id
          integration.request.header.X-Source: "'apigw'"
        requestTemplates:
          application/json: |
            #set($context.requestOverride.header.X-Tags = ["a", "b"])
            #set($context.requestOverride.querystring.page = "2")
            {"name": "$input.path('$.name')", "n": $input.path('$.n').length()}
`;

test('one broken case file fails alone: the JUnit report has every case and the run exits 1', async () => {
  const dir = project({
    'hello.vtl': 'hello',
    'cases/a-good.case.yaml': 'name: good\ntemplate: ../hello.vtl\nexpect:\n  output: hello\n',
    'cases/b-broken.case.yaml': 'name: broken\ntemplate: [unclosed\n',
    'cases/c-missing.case.yaml': 'name: missing\ntemplate: ../nope.vtl\nexpect:\n  output: x\n',
    'cases/d-good.case.json': '{"name": "json good", "template": "../hello.vtl", "expect": {"output": "hello"}}',
  });
  try {
    const r = await runCli(['test-template', '--cases', join(dir, 'cases'), '--format', 'junit']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /<testsuites name="apigw test-template" tests="4" failures="2"/);
    assert.match(r.stdout, /name="good"[^>]*\/>/);
    assert.match(r.stdout, /name="json good"[^>]*\/>/);
    assert.match(
      r.stdout,
      /name="b-broken.case.yaml"[^>]*>\n\s+<failure message="case not run: b-broken.case.yaml:\d+:\d+: case file is not valid YAML\/JSON: /,
    );
    assert.match(
      r.stdout,
      /name="missing"[^>]*>\n\s+<failure message="case not run: c-missing.case.yaml: template: cannot read &quot;..\/nope.vtl&quot;: file not found"/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--update records an error with paths relative to the case file and leaves every other byte as it was', async () => {
  const caseText = `# A case with comments, odd quoting and key order that --update must keep.
name: 'broken template'   # trailing comment
template: "../templates/broken.vtl"
event:
  request: {method: POST, body: '{"a": 1}'}
expect:
  # what we expect
  error: "old message"
  status: 200 # stays? no: an error case records only the error
`;
  const dir = project({
    'templates/broken.vtl': '#set($a = [1])#set($b = [$a])#set($x = $a.add($b))\n$a',
    'cases/x.case.yaml': caseText,
  });
  try {
    const r = await runCli(['test-template', '--cases', join(dir, 'cases'), '--update']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const written = readFileSync(join(dir, 'cases/x.case.yaml'), 'utf8');
    assert.equal(
      written,
      caseText
        .replace(
          'error: "old message"',
          'error: "../templates/broken.vtl:2:1: a list or map contains itself through another one; Java overflows its stack printing it"',
        )
        .replace('  status: 200 # stays? no: an error case records only the error\n', ''),
    );
    const again = await runCli(['test-template', '--cases', join(dir, 'cases')]);
    assert.equal(again.code, 0, again.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--update adds new expectations after the existing ones without touching them', async () => {
  const caseText = `name: pets   # keep me
spec: ../openapi.yaml
path: /pets/{id}
method: POST
event:
  request:
    pathParameters: {id: "7"}
    body: '{"name": "Rex", "n": "abc"}'
expect:
  output: "stale"   # this line is rewritten
`;
  const dir = project({ 'openapi.yaml': spec, 'cases/pets.case.yaml': caseText });
  try {
    const r = await runCli(['test-template', '--cases', join(dir, 'cases'), '--update']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const written = readFileSync(join(dir, 'cases/pets.case.yaml'), 'utf8');
    assert.equal(
      written.slice(0, written.indexOf('expect:\n') + 8),
      caseText.slice(0, caseText.indexOf('expect:\n') + 8),
    );
    assert.equal(
      written.slice(written.indexOf('expect:\n') + 8),
      `  output: |
    {"name": "Rex", "n": 3}
  overrides:
    request:
      header:
        X-Tags:
          - a
          - b
      querystring:
        page: "2"
  integrationRequest:
    uri: https://backend.example.com/pets/7
    header:
      X-Source: apigw
      X-Tags:
        - a
        - b
    querystring:
      page: "2"
    path:
      id: "7"
`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('expect.overrides, expect.integrationRequest and expect.warnings are checked', async () => {
  const dir = project({
    'openapi.yaml': spec,
    'cases/ok.case.yaml': `name: all match
spec: ../openapi.yaml
path: /pets/{id}
method: POST
event: {request: {pathParameters: {id: "7"}, body: '{"name": "Rex", "n": "abc"}'}}
expect:
  output: "{\\"name\\": \\"Rex\\", \\"n\\": 3}\\n"
  overrides: {request: {header: {X-Tags: [a, b]}}}
  integrationRequest: {uri: "https://backend.example.com/pets/7", querystring: {page: 2}}
  warnings: []
`,
    'cases/bad.case.yaml': `name: all differ
spec: ../openapi.yaml
path: /pets/{id}
method: POST
event: {request: {pathParameters: {id: "8"}, body: '{"name": "Rex", "n": [1]}'}}
expect:
  output: "{\\"name\\": \\"Rex\\", \\"n\\": }\\n"
  overrides: {request: {header: {X-Tags: [a]}}}
  integrationRequest: {uri: "https://backend.example.com/pets/7"}
  warnings: []
`,
  });
  try {
    const r = await runCli(['test-template', '--cases', join(dir, 'cases')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^ok {4}all match /m);
    assert.match(r.stdout, /^FAIL {2}all differ /m);
    assert.match(r.stdout, /overrides\.request\.header\.X-Tags: expected \["a"\], got \["a","b"\]/);
    assert.match(
      r.stdout,
      /integrationRequest\.uri: expected "https:\/\/backend\.example\.com\/pets\/7", got "https:\/\/backend\.example\.com\/pets\/8"/,
    );
    assert.match(
      r.stdout,
      /warnings differ:\n.*\n.*\n {6}\+3:40: List has no method length\(\): API Gateway's Velocity logs it and yields null\n/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('case files read only inside their project: outside paths and escaping symlinks are errors, never read', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'apigw-secret-'));
  writeFileSync(join(outside, 'secret.vtl'), 'TOP-SECRET-CONTENT');
  const dir = project({
    'cases/abs.case.yaml': `name: absolute\ntemplate: ${join(outside, 'secret.vtl')}\nexpect: {output: x}\n`,
    'cases/up.case.yaml':
      'name: dot-dot\neventFile: ../../../../../../etc/hostname\ntemplate: ok.vtl\nexpect: {output: x}\n',
    'cases/link.case.yaml': 'name: symlink\ntemplate: link.vtl\nexpect: {output: x}\n',
    'cases/dev.case.yaml': 'name: device\nspec: /dev/zero\npath: /\nmethod: GET\nexpect: {output: x}\n',
    'cases/ok.vtl': 'ok',
  });
  symlinkSync(join(outside, 'secret.vtl'), join(dir, 'cases/link.vtl'));
  try {
    const started = Date.now();
    const r = await runCli(['test-template', '--cases', join(dir, 'cases')]);
    assert.ok(Date.now() - started < 10_000);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout + r.stderr, /TOP-SECRET|localhost|\n[a-z0-9-]+\n/i);
    assert.match(
      r.stdout,
      /absolute[\s\S]*case not run: abs\.case\.yaml: template: ".*secret\.vtl" is outside the project root/,
    );
    assert.match(
      r.stdout,
      /dot-dot[\s\S]*case not run: up\.case\.yaml: eventFile: "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname" is outside the project root/,
    );
    assert.match(
      r.stdout,
      /symlink[\s\S]*case not run: link\.case\.yaml: template: "link\.vtl" is outside the project root/,
    );
    assert.match(
      r.stdout,
      /device[\s\S]*case not run: dev\.case\.yaml: spec: "\/dev\/zero" is outside the project root/,
    );
    assert.match(r.stdout, /0 passed, 4 failed/);
    const widened = await runCli(['test-template', '--cases', join(dir, 'cases'), '--root', '/']);
    assert.match(widened.stdout, /absolute[\s\S]*output differs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test("syntax errors are said in the template author's terms", () => {
  const value = 'a value ($reference, string, number, true/false, [list] or {map})';
  assert.deepEqual(parseTemplate('#if($a'), {
    ok: false,
    message: `VTL syntax error: unexpected end of template, expected ${value}, '(', ')', a name, '}': a '(' is never closed`,
    line: 1,
    column: 6,
  });
  assert.deepEqual(parseTemplate('#set($a = )'), {
    ok: false,
    message: `VTL syntax error: unexpected ")", expected ${value}, '('`,
    line: 1,
    column: 9,
  });
  assert.deepEqual(parseTemplate('$!{a'), {
    ok: false,
    message: `VTL syntax error: unexpected end of template, expected ${value}, '(', '}', '.': a '\${' is never closed with '}'`,
    line: 1,
    column: 4,
  });
  assert.deepEqual(parseTemplate('#set($a = [1, 2)'), {
    ok: false,
    message: "VTL syntax error: unexpected \")\", expected ')', '}', ',', ']': a '[' is not closed before this ')'",
    line: 1,
    column: 15,
  });
  assert.deepEqual(parseTemplate('#set($m = {"a": })'), {
    ok: false,
    message:
      'VTL syntax error: this expression cannot be read (check the brackets, quotes and commas of maps and lists)',
    line: 1,
    column: 1,
  });
});

test('one parse per template text for lint rules and renders; --cases loads each definition once per run (issue #19)', async () => {
  const { parseStats } = await import('../../src/vtl/render.js');
  const { renderTemplate } = await import('../../src/vtl/index.js');
  const { runCases } = await import('../../src/vtl/cases.js');
  const text = `#set($unique = "${Date.now()}")$unique.length()`;
  const before = parseStats.parses;
  assert.deepEqual(parseTemplate(text), { ok: true });
  renderTemplate(text);
  renderTemplate(text);
  assert.deepEqual(parseTemplate('#if('), parseTemplate('#if('));
  assert.equal(parseStats.parses - before, 2);
  const dir = project({
    'openapi.yaml': spec,
    'cases/a.case.yaml':
      'name: a\nspec: ../openapi.yaml\npath: /pets/{id}\nmethod: POST\nevent: {request: {pathParameters: {id: "1"}, body: \'{"name": "A", "n": "x"}\'}}\nexpect: {json: {name: A, n: 1}}\n',
    'cases/b.case.yaml':
      'name: b\nspec: ../openapi.yaml\npath: /pets/{id}\nmethod: POST\nevent: {request: {pathParameters: {id: "2"}, body: \'{"name": "B", "n": "xy"}\'}}\nexpect: {json: {name: B, n: 2}}\n',
  });
  try {
    const definitions = new Map<string, Promise<unknown>>();
    const outcomes = await runCases(join(dir, 'cases'), false, undefined, definitions);
    assert.deepEqual(
      outcomes.map((o) => [o.name, o.ok, o.failures]),
      [
        ['a', true, []],
        ['b', true, []],
      ],
    );
    assert.deepEqual([...definitions.keys()], [join(dir, 'openapi.yaml')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
