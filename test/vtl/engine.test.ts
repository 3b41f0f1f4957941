/**
 * Engine behaviour pinned to AWS facts. Sources:
 * - DG = https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 * - LS-common = LocalStack tests/aws/services/apigateway/test_apigateway_common.snapshot.json (recorded against AWS)
 * - LS-integrations = LocalStack tests/aws/services/apigateway/test_apigateway_integrations.snapshot.json
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate, renderTemplate, TemplateRenderError, syntheticInput } from '../../src/vtl/index.js';

const post = (body: unknown) => ({
  request: { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) },
});
const out = (tpl: string, input: any = {}, options: any = {}) => renderTemplate(tpl, input, options).output;

test('LS-common test_input_path_template_formatting: maps print Java-style, lists as compact JSON', () => {
  const tpl = '#set($result = $input.path("$.json"))$result';
  assert.equal(out(tpl, post({ json: { foo: 'bar' } })), '{foo=bar}'); // dict-response
  assert.equal(out(tpl, post({ json: [{ foo: 'bar' }] })), '[{"foo":"bar"}]'); // json-list
  assert.equal(out(tpl, post({ json: { foo: [{ nested: 'bar' }] } })), '{foo=[{"nested":"bar"}]}'); // dict-with-nested-list
  assert.equal(
    out(tpl, post({ json: { bigger: 'dict', to: 'test', with: 'separators' } })),
    '{bigger=dict, to=test, with=separators}',
  );
  assert.equal(
    out('#set($result = $input.path("$.json"))$result[0]', post({ json: [[{ foo: 'bar' }]] })),
    '[{"foo":"bar"}]',
  ); // list-with-nested-list
  assert.equal(
    out('#set($result = $input.path("$.json"))$result.toString()', post({ json: { list: [{ foo: 'bar' }] } })),
    '{list=[{"foo":"bar"}]}',
  );
});

test('LS-common test_input_path_template_formatting: a missing path renders empty and equals both null and ""', () => {
  const tpl =
    '#set($result = $input.path("$.nonExisting")){"body": $result, "nested": $result.nested, "isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}';
  assert.equal(
    out(tpl, { request: { method: 'POST' } }),
    '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}',
  );
  const list = tpl.replace('$.nonExisting', '$.json.listValue');
  assert.equal(
    out(list, post({ json: { listValue: [] } })),
    '{"body": [], "nested": , "isNull": "false", "isEmptyString": "false"}',
  );
  assert.equal(
    out(list, post({ json: { listValue: null } })),
    '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}',
  );
});

test('LS-common test_input_body_formatting: $input.body is the raw payload, {} when empty; urlEncode is Java URLEncoder', () => {
  assert.equal(out('#set($result = $input.body)$result', { request: { method: 'POST' } }), '{}');
  assert.equal(
    out('Action=SendMessage&MessageBody=$input.body', post('{"some": "value"}')),
    'Action=SendMessage&MessageBody={"some": "value"}',
  );
  assert.equal(
    out('Action=SendMessage&MessageBody=$input.body', post('some raw data')),
    'Action=SendMessage&MessageBody=some raw data',
  );
  assert.equal(out('#set($result = $input.body.testAccess)$result', post('{"some": "value"}')), '');
  assert.equal(
    out(
      'EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)',
      post('{"some": "value"}'),
    ),
    'EncodedBody=%7B%22some%22%3A+%22value%22%7D&EncodedBodyAccess=',
  );
  assert.equal(out('EncodedBody=$util.urlEncode($input.body)', post('some raw data')), 'EncodedBody=some+raw+data');
});

test('DG petstore example: #foreach over $input.path with $foreach.hasNext', () => {
  // DG models-mappings "Input data / Mapping template / Output data" (PetStore), with Velocity 1.7 line handling.
  const tpl =
    '#set($inputRoot = $input.path(\'$\'))\n[\n#foreach($elem in $inputRoot)\n  {\n    "description" : "Item $elem.id is a $elem.type.",\n    "askingPrice" : $elem.price\n  }#if($foreach.hasNext),#end\n\n#end\n]';
  const body = [
    { id: 1, type: 'dog', price: 249.99 },
    { id: 2, type: 'cat', price: 124.99 },
    { id: 3, type: 'fish', price: 0.99 },
  ];
  const expected = JSON.parse(
    '[{"description":"Item 1 is a dog.","askingPrice":249.99},{"description":"Item 2 is a cat.","askingPrice":124.99},{"description":"Item 3 is a fish.","askingPrice":0.99}]',
  );
  const text = out(tpl, post(body));
  assert.deepEqual(JSON.parse(text), expected);
  assert.equal(
    text,
    '[\n  {\n    "description" : "Item 1 is a dog.",\n    "askingPrice" : 249.99\n  },\n  {\n    "description" : "Item 2 is a cat.",\n    "askingPrice" : 124.99\n  },\n  {\n    "description" : "Item 3 is a fish.",\n    "askingPrice" : 0.99\n  }\n]',
  );
});

test('$input.json / $input.params per DG §$input', () => {
  const input = {
    request: {
      method: 'POST',
      body: JSON.stringify({ pets: [{ id: 1 }, { id: 2 }], name: 'Rex' }),
      pathParameters: { id: '7' },
      query: { id: 'q', type: 'dog', tag: ['a', 'b'] },
      headers: { 'X-Trace': 'h', type: 'header-type' },
    },
  };
  assert.equal(out("$input.json('$.pets')", input), '[{"id":1},{"id":2}]');
  assert.equal(out("$input.json('$.name')", input), '"Rex"');
  assert.equal(
    out("$input.path('$.pets').size() $input.path('$.pets[1].id') $input.path('$.pets[*].id')", input),
    '2 2 [1,2]',
  );
  // path, then query string, then header (DG: "$input.params(x)")
  assert.equal(
    out("$input.params('id')|$input.params('type')|$input.params('X-Trace')|$input.params('nope')|", input),
    '7|dog|h||',
  );
  assert.equal(out('$input.params().path $input.params().querystring.tag', input), '{id=7} b');
});

test('$util functions (DG §$util)', () => {
  // DG: escapeJavaScript turns ' into \' (which is why templates replace "\\'" back to "'").
  assert.equal(out(`$util.escapeJavaScript("it's")`), "it\\'s");
  assert.equal(out('$util.escapeJavaScript($s)', { stageVariables: {} }), '');
  assert.equal(out(`#set($s = 'a"b\\c/d\ttab é')$util.escapeJavaScript($s)`), 'a\\"b\\\\c\\/d\\ttab \\u00E9');
  assert.equal(
    out('$util.base64Encode("hello world") $util.base64Decode("aGVsbG8gd29ybGQ=")'),
    'aGVsbG8gd29ybGQ= hello world',
  );
  assert.equal(out('$util.urlDecode("a+b%3Dc%26d")'), 'a b=c&d');
  assert.equal(out(`#set($o = $util.parseJson('{"a":{"b":[1,2]}}'))$o.a.b.get(1) $o.a`), '2 {b=[1,2]}');
});

test('LS-integrations test_integration_mock_with_vtl_map_assignation: override maps take index and put assignments', () => {
  const r = renderTemplate(
    '#set($paramName = "foo")\n#set($context.requestOverride.querystring[$paramName] = "bar")\n#set($paramPutName = "putfoo")\n$context.requestOverride.querystring.put($paramPutName, "putBar")\n#set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")\n{"statusCode": 200}',
  );
  assert.deepEqual(r.requestOverrides.querystring, { foo: 'bar', putfoo: 'putBar', nestedfoo: 'nestedFoo' });
  assert.equal(r.output, '\n{"statusCode": 200}'); // put() returns null, which prints nothing
});

test('LS-integrations test_integration_mock_with_response_override_in_request_template: overrides are captured and carried', () => {
  const req = renderTemplate(
    '#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\n#set($context.responseOverride.custom = "is also passed around")\n{"statusCode": 200}',
  );
  assert.equal(req.statusOverride, 444);
  assert.deepEqual(req.headerOverrides, { foo: 'bar' });
  assert.deepEqual(req.responseOverride, { header: { foo: 'bar' }, status: 444, custom: 'is also passed around' });
  const res = renderTemplate(
    '{"statusOverride": "$context.responseOverride.status", "fooHeader": "$context.responseOverride.header.foo", "custom": "$context.responseOverride.custom"}',
    {},
    { kind: 'response', responseOverride: req.responseOverride },
  );
  assert.deepEqual(JSON.parse(res.output), {
    statusOverride: '444',
    fooHeader: 'bar',
    custom: 'is also passed around',
  });
  assert.equal(res.statusOverride, 444);
});

test('DG override note: setting the same override twice is reported (AWS answers 5XX)', () => {
  const r = renderTemplate('#set($context.responseOverride.status = 400)#set($context.responseOverride.status = 401)');
  assert.equal(r.statusOverride, 401);
  assert.match(r.warnings.join('\n'), /responseOverride\.status is set more than once/);
});

test('$context defaults follow reference §4.1 and every value is overridable', () => {
  const tpl =
    '$context.stage $context.httpMethod $context.resourcePath $context.path $context.identity.sourceIp $context.requestId $context.requestTime $context.requestTimeEpoch';
  const now = new Date('2024-03-05T07:08:09Z');
  assert.equal(
    out(tpl, { request: { method: 'get', path: '/pets/7', resourcePath: '/pets/{id}' } }, { now }),
    'dev GET /pets/{id} /dev/pets/7 198.51.100.10 c6af9ac6-7b61-11e6-9a41-93e8deadbeef 05/Mar/2024:07:08:09 +0000 1709622489000',
  );
  assert.equal(
    out('$context.identity.sourceIp $context.requestId $context.stage $context.authorizer.claims.email', {
      context: {
        requestId: 'abc-123',
        identity: { sourceIp: '203.0.113.9' },
        stage: 'prod',
        authorizer: { claims: { email: 'a@b.c' } },
      },
    }),
    '203.0.113.9 abc-123 prod a@b.c',
  );
  assert.equal(
    out("$stageVariables.env ${stageVariables.env} $stageVariables['env']", { stageVariables: { env: 'dev' } }),
    'dev dev dev',
  );
});

test('Java String/Map/List methods and printing', () => {
  assert.equal(
    out(
      '#set($s = " Hello, World ")$s.trim().length() $s.contains("World") $s.toLowerCase().trim() $s.trim().substring(0, 5) $s.indexOf("o")',
    ),
    '12 true hello, world Hello 5',
  );
  assert.equal(out('#set($s = "a,b,,c,,")$s.split(",") $s.split(",").size()'), '[a, b, , c] 4');
  assert.equal(
    out(
      '#set($s = "2024-01-31")$s.replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") $s.replaceFirst("\\d", "X") $s.matches("\\d{4}-\\d{2}-\\d{2}") $s.matches("\\d{4}")',
    ),
    '31/01/2024 X024-01-31 true false',
  );
  assert.equal(
    out('#set($s = "Abc")$s.equals("Abc") $s.equalsIgnoreCase("aBC") $s.startsWith("A") $s.endsWith("c") $s.isEmpty()'),
    'true true true true false',
  );
  assert.equal(
    out(
      '#set($m = {"a": 1, "b": "x"})$m $m.size() $m.keySet() $m.containsKey("a") $m.get("b") $m.isEmpty() #foreach($e in $m.entrySet())$e.key=$e.value;#end',
    ),
    '{a=1, b=x} 2 [a, b] true x false a=1;b=x;',
  );
  assert.equal(
    out('#set($l = [1, "two", true])$l $l.size() $l.get(1) $l.contains("two")#set($ok = $l.add(4)) $l'),
    '[1, two, true] 3 two true [1, two, true, 4]',
  );
  assert.equal(out('#set($a = 7 / 2)#set($b = 7 % 3)#set($c = 1.5 * 2)$a $b $c'), '3 1 3.0'); // 1.5 * 2 is a Double in Java: 3.0
});

test('Velocity 1.7 loops: $foreach, $velocityCount, ranges, #break, map values', () => {
  assert.equal(
    out('#foreach($i in [1..3])$foreach.index/$foreach.count/$foreach.hasNext/$velocityCount #end'),
    '0/1/true/1 1/2/true/2 2/3/false/3 ',
  );
  assert.equal(out('#foreach($i in [3..1])$i#end'), '321');
  assert.equal(out('#foreach($i in [1..10])#if($i == 4)#break#end$i#end'), '123');
  assert.equal(out('#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end'), '12');
});

test('whitespace (Velocity 1.7 grammar; see docs/vtl-fidelity.md): directive lines keep their indentation, lose their line end; #set also loses the indentation', () => {
  assert.equal(out('a\n  #set($x = 1)\nb$x\n  #if(true)\n  c\n  #end\nd\n## comment\ne'), 'a\nb1\n    c\n  d\ne');
});

test('quiet and missing references render as empty text (LS-common snapshot), and are reported', () => {
  const r = renderTemplate('[$missing][$!quiet][${braced}]');
  assert.equal(r.output, '[][][]');
  assert.deepEqual(r.warnings, [
    '1:2: $missing is not defined (API Gateway renders it as empty text)',
    '1:21: $braced is not defined (API Gateway renders it as empty text)',
  ]);
});

test('#foreach stops after 1,000 iterations (reference §4.6), with a warning', () => {
  const r = renderTemplate('#foreach($i in [1..1000000])x#end');
  assert.equal(r.output.length, 1000);
  assert.match(r.warnings[0], /stopped after 1000 iterations/);
});

test('template size limit is 300 KB (reference §4.6)', () => {
  assert.throws(
    () => renderTemplate('x'.repeat(300 * 1024 + 1)),
    (e: unknown) => e instanceof TemplateRenderError && /at most 307200/.test(e.message),
  );
  assert.equal(renderTemplate('x'.repeat(300 * 1024)).output.length, 300 * 1024);
});

test('parseTemplate reports 1-based positions', () => {
  assert.deepEqual(parseTemplate('{"a": 1}\n#if($x)\nb'), {
    ok: false,
    message: '#if is never closed with #end',
    line: 2,
    column: 1,
  });
  assert.deepEqual(parseTemplate('a\n  #end'), {
    ok: false,
    message: '#end without a matching #if, #foreach, #macro or #define',
    line: 2,
    column: 3,
  });
  const bad = parseTemplate('x\n#set($a = )');
  assert.equal(bad.ok, false);
  // jison's column for a bad token is approximate; the line is exact.
  assert.equal(bad.ok ? null : bad.line, 2);
  assert.deepEqual(parseTemplate('#foreach($i in [1..2])$i#end'), { ok: true });
});

test('render errors carry the template position', () => {
  assert.throws(
    () => renderTemplate('line one\n  $input.path("$.a").substring(5)', post({ a: 'ab' })),
    (e: unknown) => e instanceof TemplateRenderError && e.line === 2 && e.column === 3 && /substring/.test(e.message),
  );
  assert.throws(() => renderTemplate('#include("x.vtl")'), /cannot load other templates/);
});

test('syntheticInput builds a request for an operation', () => {
  const input = syntheticInput({
    path: '/pets/{id}',
    method: 'post',
    parameters: [
      { name: 'id', in: 'path', schema: { type: 'integer' } },
      { name: 'q', in: 'query' },
    ],
  });
  assert.deepEqual(input.request?.pathParameters, { id: '1' });
  assert.equal(input.request?.path, '/pets/1');
  assert.deepEqual(input.request?.query, { q: 'sample-q' });
  assert.deepEqual(input.request?.body, {});
  assert.equal(out('{"id": $input.params("id")}', input), '{"id": 1}');
});
