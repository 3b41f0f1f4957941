import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { InputError } from '../../src/core/errors.js';
import { repoRoot } from '../support/cli.js';

const fixtures = resolve(repoRoot, 'test/fixtures/spec');
const scratch = mkdtempSync(join(tmpdir(), 'apigw-load-'));
function write(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}
async function loadError(path: string): Promise<InputError> {
  try {
    await loadSpec(path);
  } catch (error) {
    assert.ok(error instanceof InputError, `expected InputError, got ${error}`);
    return error;
  }
  assert.fail('expected loadSpec to fail');
}

test('multi-file $refs resolve, and recursive schemas become cycles', async () => {
  const spec = await loadSpec(join(fixtures, 'multi/openapi.yaml'));
  assert.equal(spec.files.size, 3);
  const schema = spec.resolved.paths['/pets'].get.responses['200'].content['application/json'].schema;
  assert.equal(schema.type, 'object');
  assert.equal(schema.properties.parent, schema, 'recursive $ref resolves to the same object');
  assert.equal(schema.properties.tags.items.maxLength, 20);
  assert.equal(spec.resolved.paths['/pets'].get['x-amazon-apigateway-integration'].type, 'http_proxy');
});

test('the resolved view copies only what a $ref or Fn::Sub changes; the rest is the parsed data itself', async () => {
  const components = {
    responses: {
      Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
    },
    schemas: {
      Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' }, name: { type: 'string' } } },
    },
  };
  const integration = { type: 'mock', uri: { 'Fn::Sub': 'arn:${AWS::Region}' } };
  // Written 404 before 200 (a JavaScript object would list 200 first).
  const path = write(
    'shared.json',
    `{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {
      "/a": {"get": {
        "responses": {"404": {"description": "no"}, "200": {"$ref": "#/components/responses/Ok"}},
        "x-amazon-apigateway-integration": ${JSON.stringify(integration)}}},
      "/b": {"get": {"responses": {"200": {"description": "plain"}}}}},
    "components": ${JSON.stringify(components)}}`,
  );
  const spec = await loadSpec(path);
  const raw = spec.raw as any;
  const resolved = spec.resolved as any;
  // Nothing under them changes: the very objects the parser made.
  assert.equal(resolved.info, raw.info);
  assert.equal(resolved.paths['/b'], raw.paths['/b']);
  assert.equal(resolved.components.schemas.Node.properties.name, raw.components.schemas.Node.properties.name);
  // A $ref or an Fn::Sub under them: copies, the parsed data left as written.
  assert.notEqual(resolved.paths['/a'], raw.paths['/a']);
  assert.deepEqual({ ...raw.paths['/a'].get.responses['200'] }, { $ref: '#/components/responses/Ok' });
  assert.equal(resolved.paths['/a'].get['x-amazon-apigateway-integration'].uri, 'arn:${AWS::Region}');
  assert.deepEqual(raw.paths['/a'].get['x-amazon-apigateway-integration'], integration);
  // Every ref to a target is the same resolved object; a recursive schema is a cycle.
  const ok = resolved.paths['/a'].get.responses['200'];
  assert.equal(ok, resolved.components.responses.Ok);
  const node = ok.content['application/json'].schema;
  assert.equal(node, resolved.components.schemas.Node);
  assert.equal(node.properties.next, node);
  // A mapping kept in written order (404 before 200) is a plain object in the view, as before.
  assert.deepEqual(Object.keys(raw.paths['/a'].get.responses), ['404', '200']);
  assert.deepEqual(Object.keys(resolved.paths['/a'].get.responses), ['200', '404']);
});

test('YAML aliases are copies in the parsed data; a $ref inside one resolves, through them, to the one target', async () => {
  const path = write(
    'alias-cycle.yaml',
    [
      'openapi: 3.0.1',
      'info: { title: t, version: "1" }',
      'paths: {}',
      'components:',
      '  schemas:',
      '    A: &a',
      '      type: object',
      '      properties:',
      "        b: { $ref: '#/components/schemas/C' }",
      '    C:',
      '      type: object',
      '      properties:',
      '        d: *a',
      '        e: *a',
    ].join('\n'),
  );
  const spec = await loadSpec(path);
  const { A, C } = (spec.resolved as any).components.schemas;
  const raw = (spec.raw as any).components.schemas;
  // The YAML parser copies an aliased node at each use.
  assert.notEqual(raw.C.properties.d, raw.A);
  assert.equal(A.properties.b, C);
  assert.equal(C.properties.d.properties.b, C);
  assert.equal(C.properties.e.properties.b, C);
  assert.deepEqual(Object.keys(C.properties.d), ['type', 'properties']);
});

test('locate maps a resolved path to the file and line that hold it', async () => {
  const spec = await loadSpec(join(fixtures, 'multi/openapi.yaml'));
  const base = ['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema'];
  const inPet = spec.locate([...base, 'properties', 'name', 'type']);
  assert.equal(inPet.file, join(fixtures, 'multi/schemas/pet.yaml'));
  assert.deepEqual(inPet.path, ['Pet', 'properties', 'name', 'type']);
  assert.deepEqual(inPet.range.start, { line: 4, character: 12 });
  const inTags = spec.locate([...base, 'properties', 'tags', 'items', 'maxLength']);
  assert.equal(inTags.file, join(fixtures, 'multi/schemas/tags.json'));
  assert.deepEqual(inTags.range.start, { line: 3, character: 46 });
  const integration = spec.locate(['paths', '/pets', 'get', 'x-amazon-apigateway-integration', 'uri']);
  assert.deepEqual(integration.path, ['components', 'x-amazon-apigateway-integrations', 'backend', 'uri']);
  assert.equal(integration.range.start.line, 21);
});

test('version and flavour are detected, with a reason', async () => {
  const spec = await loadSpec(join(fixtures, 'multi/openapi.yaml'));
  assert.equal(spec.version, 'oas30');
  assert.equal(spec.flavour.type, 'http');
  assert.match(spec.flavour.reason, /x-amazon-apigateway-integrations/);
  const forced = await loadSpec(join(fixtures, 'multi/openapi.yaml'), { apiType: 'rest' });
  assert.deepEqual([forced.flavour.type, forced.flavour.explicit], ['rest', true]);
  const swagger = await loadSpec(write('s.yaml', 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n'));
  assert.deepEqual([swagger.version, swagger.flavour.type], ['swagger2', 'rest']);
});

test('OpenAPI 3.1 loads but is an error finding: API Gateway rejects it', async () => {
  const spec = await loadSpec(write('v31.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n'));
  assert.equal(spec.version, 'oas31');
  assert.deepEqual(
    spec.problems.map((p) => [p.code, p.severity, p.range.start.line]),
    [['apigw-openapi-version', 'error', 0]],
  );
});

test('CloudFormation short tags and Fn::Sub objects load as opaque values', async () => {
  const spec = await loadSpec(join(fixtures, 'sam-intrinsics.yaml'));
  const orders = spec.resolved.paths['/orders'].post['x-amazon-apigateway-integration'];
  assert.equal(
    orders.uri,
    'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations',
  );
  assert.deepEqual(orders.credentials, { 'Fn::GetAtt': ['ApiRole', 'Arn'] });
  const status = spec.resolved.paths['/status'].get['x-amazon-apigateway-integration'];
  assert.equal(
    status.uri,
    'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${StatusFunction.Arn}/invocations',
  );
  assert.deepEqual(
    spec.intrinsics.map((i) => [i.fn, i.path.join('.')]),
    [
      ['Fn::Sub', 'paths./orders.post.x-amazon-apigateway-integration.uri'],
      ['Fn::GetAtt', 'paths./orders.post.x-amazon-apigateway-integration.credentials'],
      ['Fn::Sub', 'paths./status.get.x-amazon-apigateway-integration.uri'],
    ],
  );
  assert.deepEqual(spec.problems, []);
});

test('duplicate keys are a warning with their position', async () => {
  const spec = await loadSpec(
    write('dup.yaml', 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\npaths: {}\n'),
  );
  assert.deepEqual(
    spec.problems.map((p) => [p.code, p.range.start.line]),
    [['apigw-duplicate-key', 3]],
  );
});

test('bad input: each gets one line naming file and position', async () => {
  const cases: [string, string, RegExp, number | undefined][] = [
    ['missing.yaml', '', /file not found/, undefined],
    ['empty.yaml', '  \n', /file is empty/, undefined],
    ['broken.yaml', 'openapi: 3.0.1\npaths:\n  /a: [1, 2\n  b: c\n', /invalid YAML: /, 4],
    ['broken.json', '{\n  "openapi": "3.0.1",\n  "paths": {,}\n}\n', /invalid JSON: value expected/, 3],
    [
      'terraform.json',
      '{\n  "openapi": "3.0.1",\n  "paths": {},\n  ${policy}\n}\n',
      /invalid JSON: invalid symbol \(the template placeholder \$\{policy\} stands outside a JSON string/,
      4,
    ],
    [
      'not-openapi.yaml',
      'Resources:\n  Api: {}\n',
      /not an OpenAPI or Swagger document: no 'openapi' or 'swagger' field/,
      1,
    ],
    ['list.yaml', '- a\n- b\n', /the top level is not a mapping/, 1],
    [
      'dangling.yaml',
      'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: "#/x-paths/missing"\n',
      /\$ref '#\/x-paths\/missing' points to nothing/,
      5,
    ],
    [
      'missing-file-ref.yaml',
      'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: "nowhere.yaml#/a"\n',
      /nowhere\.yaml: file not found/,
      5,
    ],
    [
      'circular.yaml',
      'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n    C: {$ref: "#/components/schemas/A"}\n',
      /circular \$ref: /,
      undefined,
    ],
  ];
  for (const [name, text, message, line] of cases) {
    const path = name === 'missing.yaml' ? join(scratch, name) : write(name, text);
    const error = await loadError(path);
    assert.match(error.message, message, name);
    assert.equal(error.exitCode, 2, name);
    if (line !== undefined) assert.equal(error.place?.line, line, `${name}: ${error.line}`);
    assert.ok(error.line.startsWith(error.place?.file ?? '<none>'), `${name}: names the file: ${error.line}`);
  }
});

test('bad input: directory, binary, and a file over the size limit', async () => {
  assert.match((await loadError(scratch)).message, /is a directory/);
  assert.match((await loadError(write('bin.yaml', 'openapi: 3\u0000\u0001'))).message, /binary/);
  const big = write('big.yaml', `openapi: 3.0.1\nx: "${'a'.repeat(2048)}"\n`);
  await assert.rejects(loadSpec(big, { maxBytes: 1024 }), /larger than the 1 KB apigw reads/);
});

test('a BOM does not become part of the first key', async () => {
  const spec = await loadSpec(write('bom.yaml', '\ufeffopenapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\n'));
  assert.equal(spec.version, 'oas30');
});

test('a duplicate key in JSON is the same warning as in YAML, not an invalid-JSON error', async () => {
  const spec = await loadSpec(
    write('dup.json', '{"openapi": "3.0.1",\n"info": {"title": "t", "version": "1"},\n"paths": {},\n"paths": {}}\n'),
  );
  assert.deepEqual(
    spec.problems.map((p) => [p.code, p.severity, p.message, p.range.start.line]),
    [['apigw-duplicate-key', 'warn', 'duplicate key: the importer keeps only one of the values', 3]],
  );
});

test('JSON nested deeper than the stack, under a raised --max-depth, is an input error wherever the stack runs out', async () => {
  for (const depth of [2000, 3000, 5000, 8000, 20000]) {
    const path = write(
      `deep-${depth}.json`,
      `{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
    );
    try {
      await loadSpec(path, { maxDepth: 50_000 });
    } catch (error) {
      assert.ok(error instanceof InputError, `depth ${depth}: ${error}`);
    }
  }
});
