/**
 * Hostile templates (issue #12, "budgets"): each class of input ends in a bounded, positioned
 * outcome, checked on the built CLI under a 512 MB heap (a run that needed more would crash
 * instead of exiting 1), measured as the hostile tests measure (test/support/bounded.ts): CPU time
 * under 5 s, peak memory under 512 MB. CPU time, not wall-clock time: on the shared, loaded
 * machine a 5 s wall-clock bound failed while the work done was the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded, type BoundedResult } from '../support/bounded.js';
import { runCli } from '../support/cli.js';
import { renderTemplate, TemplateRenderError } from '../../src/vtl/index.js';
import { parseVtl, parserIsLinear } from '../../src/vtl/parse.js';
import { runRules } from '../support/rules.js';
import rule, { LINT_RENDER_BUDGET } from '../../rules/templates/template-json-output.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-budget-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Renders a template file through the built CLI under a 512 MB heap; returns the measured run. */
async function cli(name: string, template: string, body = '{}'): Promise<BoundedResult> {
  const file = join(dir, `${name}.vtl`);
  writeFileSync(file, template);
  const event = join(dir, `${name}.event.json`);
  writeFileSync(event, JSON.stringify({ request: { method: 'POST', body } }));
  return runBounded(['test-template', '--template', file, '--event', event], {
    env: { NODE_OPTIONS: '--max-old-space-size=512' },
    killAfterMs: 60_000,
  });
}

function renderError(template: string, body = '{}', limits = {}): TemplateRenderError {
  try {
    renderTemplate(template, { request: { body } }, { limits });
  } catch (error) {
    if (error instanceof TemplateRenderError) return error;
    throw error;
  }
  assert.fail('the template rendered');
}

test('a catastrophic regex ((a+)+ on 35 characters) is interrupted at the time limit, with its place', async () => {
  const r = await cli('regex', "#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')\n$s.matches('(a+)+')");
  // The render limit is 3 s (wall-clock, the regex interrupted where it is): with the CLI's start-up
  // the whole run stays inside the 5 s every hostile input gets.
  assertBounded(r, 1);
  assert.equal(
    r.stderr
      .trim()
      .split('\n')[0]
      .replace(/^.*?regex\.vtl/, 'regex.vtl'),
    'regex.vtl:2:1: rendering took longer than 3000 ms (limit of this tool)',
  );
  const e = renderError("#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')$s.replaceAll('(a|a)*b', 'x')", '{}', {
    timeoutMs: 300,
  });
  assert.deepEqual([e.kind, e.line, e.column], ['limit', 1, 50]);
});

test('printing a list shared 2^40 times stops at the output limit instead of exhausting memory', async () => {
  const r = assertBounded(await cli('shared', `${'#set($a = [$a, $a])\n'.repeat(40)}$a`), 1);
  assert.match(r.stderr, /shared\.vtl:41:1: output exceeds 10485760 characters \(limit of this tool\)/);
});

test('a list that contains itself prints as Java prints it; a longer cycle is a positioned error, not a crash', () => {
  // java.util.AbstractCollection#toString / AbstractMap#toString print "(this Collection)" / "(this Map)".
  assert.equal(renderTemplate('#set($a = [1])#set($x = $a.add($a))$a').output, '[1, (this Collection)]');
  assert.equal(renderTemplate('#set($m = {})#set($x = $m.put("me", $m))$m').output, '{me=(this Map)}');
  const e = renderError('#set($a = [1])#set($b = [$a])#set($x = $a.add($b))\n$a');
  assert.deepEqual(
    [e.message, e.line, e.column],
    ['a list or map contains itself through another one; Java overflows its stack printing it', 2, 1],
  );
  const j = renderError("#set($l = $input.path('$.list'))#set($x = $l.add($l))$l", '{"list": [1]}');
  assert.equal(j.message, 'a list or map contains itself; it cannot be printed as JSON');
});

test('a self-containing list fails its case only: the rest of a --cases run goes on', async () => {
  const cases = mkdtempSync(join(dir, 'cases-'));
  writeFileSync(join(cases, 'cyclic.vtl'), '#set($a = [1])#set($b = [$a])#set($x = $a.add($b))$a');
  writeFileSync(join(cases, 'a-cyclic.case.yaml'), 'name: cyclic\ntemplate: cyclic.vtl\nexpect:\n  output: x\n');
  writeFileSync(join(cases, 'fine.vtl'), 'ok');
  writeFileSync(join(cases, 'b-fine.case.yaml'), 'name: fine\ntemplate: fine.vtl\nexpect:\n  output: ok\n');
  const r = await runCli(['test-template', '--cases', cases]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^FAIL  cyclic .*\n .*cyclic\.vtl:1:51: a list or map contains itself through another one/m);
  assert.match(r.stdout, /^ok    fine /m);
});

test('20,000 nested brackets and a 150 KB template parse in linear time', () => {
  assert.equal(parserIsLinear(), true, 'velocityjs changed: update LINEAR_PATCHES in src/vtl/parse.ts');
  let started = Date.now();
  const e = renderError(`#set($x = ${'['.repeat(20000)}${']'.repeat(20000)})ok`);
  assert.deepEqual(
    [e.kind, e.message, e.line, e.column],
    ['limit', 'template nested too deeply or too large (limit of this tool)', 1, 1],
  );
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  const big = '#set($x = "abc")$x.length() #if($x == "a")y#end\n'.repeat(3000);
  assert.ok(big.length > 140_000);
  started = Date.now();
  parseVtl(big);
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

test('huge ranges and lists count against the element budget', async () => {
  const r = assertBounded(
    await cli('ranges', '#set($all = [])\n#foreach($i in [1..1000])#set($d = $all.addAll([1..1000000]))#end'),
    1,
  );
  assert.match(
    r.stderr,
    /ranges\.vtl:2:\d+: the template built more than 2000000 list\/map elements \(limit of this tool\)/,
  );
  const big = 'x'.repeat(1000);
  const e = renderError(
    `#set($s = "${big}")#set($l = [])#foreach($i in [1..1000])#foreach($j in [1..1000])#set($d = $l.add("$s$i"))#end#end`,
    '{}',
    { maxStringChars: 1_000_000 },
  );
  assert.equal(e.message, 'the template built more than 1000000 characters of strings (limit of this tool)');
});

test('a deep JSONPath scan ($..*..*..*) on a deep body stops at the element budget; a 10,000-deep body is a limit, not a crash', async () => {
  let body: unknown = 1;
  for (let i = 0; i < 300; i++) body = { a: body, b: [i, { c: i }] };
  const r = assertBounded(await cli('deepscan', "$input.json('$..*..*..*')", JSON.stringify(body)), 1);
  assert.match(
    r.stderr,
    /deepscan\.vtl:1:1: the template built more than 2000000 list\/map elements \(limit of this tool\)/,
  );
  const e = renderError("$input.json('$..a')", `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`);
  assert.deepEqual([e.kind, e.line], ['limit', 1]);
});

test('lint: a slow template is reported as not checked, and the definition budget ends rendering with a finding', async () => {
  const saved = { ...LINT_RENDER_BUDGET };
  Object.assign(LINT_RENDER_BUDGET, { perTemplateMs: 300, perDefinitionMs: 700 });
  try {
    const slow = "#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'){\"m\": $s.matches('(a+)+')}";
    const ops = [1, 2, 3, 4]
      .map(
        (n) => `  /p${n}:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
        requestTemplates:
          application/json: "${slow.replace(/"/g, '\\"')}"
`,
      )
      .join('');
    const started = Date.now();
    const results = await runRules(rule, `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n${ops}`);
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
    assert.deepEqual(
      results.map((r) => [r.path.split('.')[1], r.message]),
      [
        ['/p1', 'Template not checked: rendering took longer than 300 ms (limit of this tool).'],
        ['/p2', 'Template not checked: rendering took longer than 300 ms (limit of this tool).'],
        [
          '/p3',
          "Template not checked: budget exhausted (lint's time for rendering templates ran out on the templates before it).",
        ],
        [
          '/p4',
          "Template not checked: budget exhausted (lint's time for rendering templates ran out on the templates before it).",
        ],
      ],
    );
  } finally {
    Object.assign(LINT_RENDER_BUDGET, saved);
  }
});

test('lint at the default budgets: twenty catastrophic templates in one definition end within 5 s, each placed', async () => {
  const slow = "#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'){\"m\": $s.matches('(a+)+')}";
  const ops = Array.from(
    { length: 20 },
    (_, n) => `  /p${n}:
    post:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
        responses: {default: {statusCode: '200'}}
        requestTemplates:
          application/json: ${JSON.stringify(slow)}
`,
  ).join('');
  const file = join(dir, 'twenty-slow.yaml');
  writeFileSync(file, `openapi: 3.0.1\ninfo: {title: t, version: '1', description: d}\npaths:\n${ops}`);
  const r = assertBounded(await runBounded(['lint', file, '--format', 'json'], { killAfterMs: 60_000 }), 0);
  const notChecked = (JSON.parse(r.stdout) as { code: string; message: string }[]).filter(
    (f) => f.code === 'apigw-template-json-output',
  );
  // 1 s per template, 3 s per definition: three templates reach the per-template limit, the rest find the budget spent.
  assert.equal(notChecked.length, 20, r.stdout);
  assert.ok(
    notChecked.every((f) => f.message.startsWith('Template not checked: ')),
    r.stdout,
  );
  assert.ok(notChecked.filter((f) => f.message.includes('budget exhausted')).length >= 16, r.stdout);
});
