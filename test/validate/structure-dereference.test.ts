/**
 * dereference.ts: json-schema-ref-parser 15's `dereference` with `circular: 'ignore'` (what
 * swagger-parser's `validate` ran before we dropped it), on the documents prepare.ts builds.
 * Each case pins the expected result and checks it against json-schema-ref-parser itself (run
 * through swagger-parser exactly as the structure check used to), which stays installed as
 * swagger-parser's dependency.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import SwaggerParser from '@apidevtools/swagger-parser';
import { dereferenceDocument } from '../../src/validate/structure/dereference.js';
import { checkOpenApiDocument } from '../../src/validate/structure/openapi-schema.js';
import { repoRoot } from '../support/cli.js';

type Doc = Record<string, any>;

const swagger = (definitions: Doc, paths: Doc = {}): Doc => ({
  swagger: '2.0',
  info: { title: 't', version: '1' },
  paths,
  definitions,
});
/** A path whose GET returns each schema given, one response code per schema (200, 201, ...). */
const returning = (...schemas: Doc[]): Doc => ({
  '/p': {
    get: { responses: Object.fromEntries(schemas.map((schema, i) => [String(200 + i), { description: 'r', schema }])) },
  },
});
const schemaOf = (api: Doc, i: number): Doc => api.paths['/p'].get.responses[String(200 + i)].schema;

async function refParser(doc: Doc): Promise<unknown> {
  const parser = new SwaggerParser();
  await parser.validate('/tmp/apigw-deref/root.json', structuredClone(doc) as never, {
    resolve: { external: false },
    dereference: { circular: 'ignore' },
    validate: { schema: false, spec: false },
  });
  return parser.api;
}

/** Dereferences a copy of `doc` with both implementations; they must agree (key order included). */
async function dereferenced(doc: Doc): Promise<Doc> {
  const ours = dereferenceDocument(structuredClone(doc)) as Doc;
  assert.deepEqual(ours, await refParser(doc), 'differs from json-schema-ref-parser');
  assert.deepEqual(Object.keys(ours.definitions ?? {}), Object.keys(doc.definitions ?? {}));
  assert.ok(acyclic(ours), 'result has a cycle');
  return ours;
}

function acyclic(value: unknown, stack = new Set<unknown>()): boolean {
  if (!value || typeof value !== 'object') return true;
  if (stack.has(value)) return false;
  stack.add(value);
  const ok = Object.values(value).every((v) => acyclic(v, stack));
  stack.delete(value);
  return ok;
}

test('a ref becomes the object it points to, shared, not copied', async () => {
  const doc = swagger(
    { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
    returning({ $ref: '#/definitions/Pet' }, { $ref: '#/definitions/Pet' }),
  );
  const api = await dereferenced(doc);
  assert.equal(schemaOf(api, 0), api.definitions.Pet);
  assert.equal(schemaOf(api, 1), api.definitions.Pet);
  assert.deepEqual(api.definitions.Pet, doc.definitions.Pet);
});

test('chains of refs, and refs met inside a pointer, are followed to the end', async () => {
  const doc = swagger(
    {
      Alias: { $ref: '#/definitions/Alias2' },
      Alias2: { $ref: '#/definitions/Pet' },
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
    },
    returning({ $ref: '#/definitions/Alias' }, { $ref: '#/definitions/Alias/properties/name' }),
  );
  const api = await dereferenced(doc);
  assert.equal(schemaOf(api, 0), api.definitions.Pet);
  assert.equal(api.definitions.Alias, api.definitions.Pet);
  assert.equal(api.definitions.Alias2, api.definitions.Pet);
  assert.equal(schemaOf(api, 1), api.definitions.Pet.properties.name);
});

test('self-recursive schema: the ref closing the cycle stays, and so does every ref to the schema', async () => {
  const doc = swagger(
    { Node: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: '#/definitions/Node' } } } },
    returning({ $ref: '#/definitions/Node' }),
  );
  const api = await dereferenced(doc);
  // json-schema-ref-parser marks a ref circular when its target reaches a cycle, and with
  // 'ignore' keeps every circular ref as written: the response schema is not inlined either.
  assert.deepEqual(schemaOf(api, 0), { $ref: '#/definitions/Node' });
  assert.deepEqual(api.definitions.Node, {
    type: 'object',
    properties: { name: { type: 'string' }, child: { $ref: '#/definitions/Node' } },
  });
});

test('mutual recursion A -> B -> A: both refs stay, refs reaching them stay, others are inlined', async () => {
  const doc = swagger(
    {
      A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/definitions/A' } } },
      C: { type: 'object', properties: { a: { $ref: '#/definitions/A' }, d: { $ref: '#/definitions/D' } } },
      D: { type: 'string' },
    },
    returning({ $ref: '#/definitions/C' }, { $ref: '#/definitions/D' }),
  );
  const api = await dereferenced(doc);
  assert.deepEqual(schemaOf(api, 0), { $ref: '#/definitions/C' }); // C reaches the cycle
  assert.equal(schemaOf(api, 1), api.definitions.D);
  assert.deepEqual(api.definitions.A.properties.b, { $ref: '#/definitions/B' });
  assert.deepEqual(api.definitions.B.properties.a, { $ref: '#/definitions/A' });
  assert.deepEqual(api.definitions.C.properties.a, { $ref: '#/definitions/A' });
  assert.equal(api.definitions.C.properties.d, api.definitions.D);
});

test('extended refs (siblings of $ref): merged into a new object, as json-schema-ref-parser merges them', async () => {
  const pet = { type: 'object', description: 'a pet', properties: { name: { type: 'string' } } };

  // Met first: siblings win, objects deep-merged, siblings' keys first.
  let api = await dereferenced(
    swagger(
      { Pet: pet },
      returning({ $ref: '#/definitions/Pet', description: 'the pet', properties: { age: { type: 'integer' } } }),
    ),
  );
  assert.deepEqual(schemaOf(api, 0), {
    description: 'the pet',
    properties: { name: { type: 'string' }, age: { type: 'integer' } },
    type: 'object',
  });
  assert.notEqual(schemaOf(api, 0), api.definitions.Pet);
  assert.deepEqual(api.definitions.Pet, pet);

  // Met after a plain ref to the same target (its cached result): the target's keys win.
  api = await dereferenced(
    swagger(
      { Pet: pet },
      returning({ $ref: '#/definitions/Pet' }, { $ref: '#/definitions/Pet', description: 'the pet', example: 'x' }),
    ),
  );
  assert.deepEqual(schemaOf(api, 1), { ...pet, example: 'x' });

  // Met after a plain ref to a recursive target: it becomes that plain ref, its siblings lost.
  const node = { type: 'object', properties: { child: { $ref: '#/definitions/Node' } } };
  api = await dereferenced(
    swagger(
      { Node: node },
      returning({ $ref: '#/definitions/Node' }, { $ref: '#/definitions/Node', description: 'd' }),
    ),
  );
  assert.deepEqual(schemaOf(api, 1), { $ref: '#/definitions/Node' });
  // Met before any: a recursive target keeps the extended ref whole.
  api = await dereferenced(swagger({ Node: node }, returning({ $ref: '#/definitions/Node', description: 'd' })));
  assert.deepEqual(schemaOf(api, 0), { $ref: '#/definitions/Node', description: 'd' });
});

test('remote refs and refs to files not loaded are left as they are', async () => {
  const remote = { $ref: 'https://example.com/schemas/pet.json#/Pet' };
  const unloaded = { $ref: 'other.yaml#/Pet' };
  const doc = swagger({}, returning(remote, unloaded));
  const api = await dereferenced(doc);
  assert.deepEqual(schemaOf(api, 0), remote);
  assert.deepEqual(schemaOf(api, 1), unloaded);
  const same = swagger({}, returning(remote, unloaded));
  const ours = dereferenceDocument(same) as Doc;
  assert.equal(schemaOf(ours, 0), remote); // the very object, untouched
  assert.equal(schemaOf(ours, 1), unloaded);
});

test('keys that need escaping: pointers decoded as json-schema-ref-parser decodes them', async () => {
  const doc = swagger(
    { 'a/b': { type: 'string' }, 'm~n': { type: 'integer' }, 'sp ace': { type: 'number' }, ü: { type: 'boolean' } },
    returning(
      { $ref: '#/definitions/a~1b' },
      { $ref: '#/definitions/m~0n' },
      { $ref: '#/definitions/sp%20ace' },
      { $ref: '#/definitions/%C3%BC' },
    ),
  );
  const api = await dereferenced(doc);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => schemaOf(api, i).type),
    ['string', 'integer', 'number', 'boolean'],
  );
});

test("a pointer to nothing throws json-schema-ref-parser's error, and the check reports it could not run", async () => {
  const doc = swagger({}, returning({ $ref: '#/definitions/Nope' }));
  await assert.rejects(refParser(doc), {
    message: 'Missing $ref pointer "#/definitions/Nope". Token "Nope" does not exist.',
  });
  assert.throws(() => dereferenceDocument(structuredClone(doc)), {
    message: 'Missing $ref pointer "#/definitions/Nope". Token "Nope" does not exist.',
  });
  // A key holding a %-escape: json-schema-ref-parser decodes the pointer twice, so never finds it.
  const pct = swagger({ 'p%41': { type: 'string' } }, returning({ $ref: '#/definitions/p%2541' }));
  await assert.rejects(refParser(pct), {
    message: 'Missing $ref pointer "#/definitions/pA". Token "pA" does not exist.',
  });
  assert.throws(() => dereferenceDocument(structuredClone(pct)), {
    message: 'Missing $ref pointer "#/definitions/pA". Token "pA" does not exist.',
  });

  const outcome = await checkOpenApiDocument('/tmp/root.yaml', structuredClone(doc), 'swagger2');
  assert.equal(outcome.kind, 'failed');
  assert.equal(
    (outcome as { error: Error }).error.message,
    'Missing $ref pointer "#/definitions/Nope". Token "Nope" does not exist.',
  );
});

test('versions swagger-parser stops at are still reported as "could not run", worded as it words them', async () => {
  const doc = { openapi: '3.0.9', info: { title: 't', version: '1' }, paths: {} };
  await assert.rejects(refParser(doc as Doc), {
    message:
      /^Unsupported OpenAPI version: 3\.0\.9\. Swagger Parser only supports versions 3\.1\.0, 3\.1\.1, 3\.1\.2, 3\.0\.0, 3\.0\.1, 3\.0\.2, 3\.0\.3, 3\.0\.4$/,
  });
  const outcome = await checkOpenApiDocument('/tmp/root.yaml', doc, 'oas30');
  assert.equal(outcome.kind, 'failed');
  assert.equal(
    (outcome as { error: Error }).error.message,
    'Unsupported OpenAPI version: 3.0.9. Swagger Parser only supports versions 3.1.0, 3.1.1, 3.1.2, 3.0.0, 3.0.1, 3.0.2, 3.0.3, 3.0.4',
  );
  const swagger20 = await checkOpenApiDocument(
    '/tmp/root.yaml',
    { swagger: '2', info: { title: 't', version: '1' }, paths: {} },
    'swagger2',
  );
  assert.equal((swagger20 as { error: Error }).error.message, 'Unrecognized Swagger version: 2. Expected 2.0');
});

test("the structure check loads swagger-parser's semantic validator only, not its index (json-schema-ref-parser, js-yaml)", () => {
  const script = `
    import { createRequire } from 'node:module';
    const { loadSpec } = await import('./src/definition/load.ts');
    const { validateStructure } = await import('./src/validate/structure.ts');
    const findings = await validateStructure(await loadSpec('test/fixtures/structure/swagger2-response-code.yaml'));
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('node_modules/@apidevtools/') || f.includes('node_modules/js-yaml/'));
    console.log(JSON.stringify({ findings: findings.length, loaded: loaded.map((f) => f.slice(f.indexOf('node_modules/') + 13)).sort() }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const { findings, loaded } = JSON.parse(run.stdout) as { findings: number; loaded: string[] };
  assert.ok(findings >= 1, 'the fixture has a semantic error, so spec.js ran');
  assert.deepEqual(loaded, [
    '@apidevtools/swagger-methods/lib/index.js',
    '@apidevtools/swagger-parser/lib/util.js',
    '@apidevtools/swagger-parser/lib/validators/spec.js',
  ]);
});
