/** Templates are untrusted: no path to Node, bounded time and output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate, TemplateRenderError } from '../../src/vtl/index.js';

const attacks = [
  '$input.constructor.constructor("return process")()',
  '#set($f = $util.constructor)$f',
  '$util.escapeJavaScript.constructor("return process")()',
  '#set($s = "")$s.constructor.constructor("return process")().exit(3)',
  '#set($s = "")$s.getClass().forName("java.lang.Runtime")',
  '#set($m = {})$m.__proto__',
  '#set($m = {})#set($m.__proto__.polluted = "yes")$m.polluted',
  '#set($context.__proto__.polluted = "yes")',
  '#set($l = [])$l.constructor.prototype',
  '$context.toString.constructor("return process")()',
  '$input.body.constructor.name',
  '$require("child_process")',
  '$process.env',
  '$globalThis',
  '#set($e = $input.eval)$e',
  '$context.hasOwnProperty("stage")',
  '#evaluate("$input.constructor.constructor(\'return process\')()")',
  '#constructor("x")',
  '#toString()',
];

for (const attack of attacks) {
  test(`no path to Node: ${attack}`, () => {
    let output = '';
    try {
      output = renderTemplate(attack, { request: { body: '{"a":1}' } }).output;
    } catch (error) {
      // Refusing is fine; anything but our own error type is a leak or a crash.
      assert.ok(
        error instanceof TemplateRenderError,
        `unexpected ${(error as Error).name}: ${(error as Error).message}`,
      );
    }
    assert.doesNotMatch(output, /\[native code\]|function |process|\bObject\b|polluted|yes/);
    assert.equal(({} as any).polluted, undefined);
    assert.equal((Object.prototype as any).polluted, undefined);
  });
}

test('a million-iteration loop is cut at 1,000 iterations per loop and nested loops stay within the time budget', () => {
  const started = Date.now();
  const r = renderTemplate('#foreach($i in [1..1000000])#foreach($j in [1..1000000])#end#end');
  assert.equal(r.output, '');
  assert.ok(Date.now() - started < 5000);
  assert.throws(
    () =>
      renderTemplate(
        '#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end',
        {},
        { limits: { timeoutMs: 200 } },
      ),
    (e: unknown) => e instanceof TemplateRenderError && e.kind === 'limit' && /longer than 200 ms/.test(e.message),
  );
});

test('huge output is stopped (string doubling and nested loops)', () => {
  assert.throws(
    () => renderTemplate('#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..40])#set($s = "$s$s")#end$s'),
    (e: unknown) => e instanceof TemplateRenderError && e.kind === 'limit' && /output exceeds/.test(e.message),
  );
  assert.throws(
    () =>
      renderTemplate(
        '#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..100])0123456789#end#end#end',
        {},
        { limits: { maxOutputChars: 100_000 } },
      ),
    (e: unknown) =>
      e instanceof TemplateRenderError && e.kind === 'limit' && /output exceeds 100000 characters/.test(e.message),
  );
  assert.throws(
    () =>
      renderTemplate(
        '#set($s = "ab")#foreach($i in [1..30])#set($s = $s.replaceAll("", $s))#end',
        {},
        { limits: { maxOutputChars: 100_000 } },
      ),
    (e: unknown) => e instanceof TemplateRenderError && e.kind === 'limit' && /output exceeds 100000/.test(e.message),
  );
});

test('runaway recursion is contained', () => {
  assert.throws(
    () => renderTemplate('#macro(loop $n)#loop($n)#end#loop(1)'),
    (e: unknown) => e instanceof TemplateRenderError && e.kind === 'limit' && /nesting deeper than 50/.test(e.message),
  );
});

test('a payload key "__proto__" among integer-like keys stays a key (order kept) and pollutes nothing', () => {
  const body = '{"__proto__": {"polluted": "yes"}, "2": 1, "constructor": 3}';
  const r = renderTemplate(
    "#set($m = $input.path('$'))$m.keySet()|$m.size()|$input.json('$')|$util.parseJson($input.body).keySet()",
    { request: { body } },
  );
  assert.equal(
    r.output,
    '[__proto__, 2, constructor]|3|{"__proto__":{"polluted":"yes"},"2":1,"constructor":3}|[__proto__, 2, constructor]',
  );
  assert.equal(({} as any).polluted, undefined);
  assert.equal((Object.prototype as any).polluted, undefined);
});
