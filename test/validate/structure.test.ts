/**
 * validateStructure: swagger-parser's verdicts (reproduced without loading it) as positioned
 * findings (line/column asserted, 1-based in the tables below for readability).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { validateStructure } from '../../src/validate/structure.js';
import type { Finding } from '../../src/core/finding.js';
import { repoRoot } from '../support/cli.js';

const fixture = (name: string) => resolve(repoRoot, 'test/fixtures/structure', name);

/** [code, severity, line:col (1-based), path, message] per finding, in order of position. */
function table(findings: Finding[]) {
  return [...findings]
    .sort(
      (a, b) =>
        a.source.localeCompare(b.source) ||
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character,
    )
    .map((f) => [
      f.code,
      f.severity,
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      f.path.join('.'),
      f.message,
    ]);
}

test('OpenAPI 3.0: one finding per real problem, oneOf noise removed', async () => {
  const spec = await loadSpec(fixture('oas30-broken.yaml'));
  assert.deepEqual(table(await validateStructure(spec)), [
    // `in: body` matches no OpenAPI 3.0 location, so every alternative's requirement is listed once.
    [
      'oas-schema',
      'info',
      '9:11',
      'paths./pets/{id}.get.parameters.0',
      "must have required property 'schema' or 'content' or 'required'",
    ],
    [
      'oas-schema',
      'info',
      '10:15',
      'paths./pets/{id}.get.parameters.0.in',
      'must be one of: "path", "query", "header", "cookie"',
    ],
    [
      'oas-schema',
      'info',
      '14:19',
      'paths./pets/{id}.get.parameters.1.schema.type',
      'must be one of: "array", "boolean", "integer", "number", "object", "string"',
    ],
    [
      'oas-schema-intrinsic',
      'info',
      '24:35',
      'paths./pets/{id}.get.responses.200.content.application/json.schema.properties.a.type',
      'value is a CloudFormation intrinsic (Fn::GetAtt): the OpenAPI schema check cannot be decided until CloudFormation resolves it',
    ],
    ['oas-schema', 'info', '25:10', 'paths./pets/{id}.post', "must have required property 'responses'"],
    ['oas-schema', 'info', '26:16', 'paths./pets/{id}.post.summary', 'must be string'],
    ['oas-schema', 'info', '27:12', 'paths./pets/{id}.post.foo', "property 'foo' is not allowed here"],
    // type: apiKey picks the API key alternative: only its missing `in` is reported.
    ['oas-schema', 'info', '30:7', 'components.securitySchemes.a', "must have required property 'in'"],
  ]);
});

test('Swagger 2.0 semantic check (swagger-parser stops at the first): invalid response code', async () => {
  const spec = await loadSpec(fixture('swagger2-response-code.yaml'));
  assert.deepEqual(table(await validateStructure(spec)), [
    [
      'oas-spec',
      'error',
      '11:15',
      'paths./pets.get.responses.999',
      '/paths/pets/get/responses/999 has an invalid response code (999)',
    ],
  ]);
});

test('Swagger 2.0 semantic checks the cross-reference checks own (path placeholders) are not repeated', async () => {
  // `swagger: 2.0` unquoted is a YAML number: accepted, not reported here.
  const spec = await loadSpec(fixture('swagger2-semantic.yaml'));
  assert.deepEqual(await validateStructure(spec), []);
});

test('SAM/CloudFormation intrinsics: no errors, one info per undecidable value', async () => {
  const spec = await loadSpec(fixture('sam-intrinsics.yaml'));
  const findings = await validateStructure(spec);
  assert.deepEqual(table(findings), [
    [
      'oas-schema-intrinsic',
      'info',
      '3:15',
      'info.title',
      'value is a CloudFormation intrinsic (Ref): the OpenAPI schema check cannot be decided until CloudFormation resolves it',
    ],
    [
      'oas-schema-intrinsic',
      'info',
      '18:31',
      'paths./items.get.responses.200.content.application/json.schema.maxProperties',
      'value is a CloudFormation intrinsic (Fn::GetAtt): the OpenAPI schema check cannot be decided until CloudFormation resolves it',
    ],
  ]);
  // `Fn::Sub` objects and `!Sub` strings are strings as far as the schema is concerned.
  assert.ok(!findings.some((f) => f.path.includes('description') || f.path.includes('operationId')));
});

test('multi-file and circular $refs: each error located in the file that holds it', async () => {
  const spec = await loadSpec(fixture('multi/root.yaml'));
  const findings = await validateStructure(spec);
  assert.deepEqual(findings.map((f) => [f.source, ...table([f])[0]!]).sort(), [
    [
      fixture('multi/root.yaml'),
      'oas-schema',
      'info',
      '25:17',
      'components.schemas.Node.properties.label.type',
      'must be one of: "array", "boolean", "integer", "number", "object", "string"',
    ],
    [fixture('multi/schemas.yaml'), 'oas-schema', 'info', '14:18', 'Owner.properties.name.minLength', 'must be >= 0'],
  ]);
});

test('OpenAPI 3.0 without paths, numeric info.version, servers not a list: all reported, nothing stops the check', async () => {
  const spec = await loadSpec(fixture('oas30-no-paths.json'));
  assert.deepEqual(table(await validateStructure(spec)), [
    ['oas-schema', 'error', '1:1', '', "must have required property 'paths'"],
    [
      'oas-schema',
      'info',
      '3:45',
      'info.version',
      "must be string: write the version as a string ('2'); it was read as a number",
    ],
    ['oas-schema', 'info', '5:14', 'servers', 'must be array'],
  ]);
});

test('OpenAPI 3.1: an error, reported once (the loader may already have)', async () => {
  const spec = await loadSpec(fixture('oas31.yaml'));
  const all = [...spec.problems, ...(await validateStructure(spec))];
  assert.equal(all.filter((p) => p.code === 'apigw-openapi-version').length, 1);
  const findings = await validateStructure({ ...spec, problems: [] });
  assert.deepEqual(table(findings), [
    [
      'apigw-openapi-version',
      'error',
      '1:10',
      'openapi',
      'OpenAPI 3.1.0 is not supported: API Gateway rejects OpenAPI 3.1 (import fails with "Invalid OpenAPI input.")',
    ],
  ]);
});

test('Swagger 2.0 for an HTTP API: an error naming why the flavour is HTTP', async () => {
  const spec = await loadSpec(fixture('swagger2-http.yaml'), { apiType: 'http' });
  assert.deepEqual(table(await validateStructure(spec)), [
    [
      'apigw-openapi-version',
      'error',
      '1:10',
      'swagger',
      `HTTP APIs import OpenAPI 3.0 only: a Swagger 2.0 document is rejected (${spec.flavour.reason})`,
    ],
  ]);
  const rest = await loadSpec(fixture('swagger2-http.yaml'), { apiType: 'rest' });
  assert.deepEqual(await validateStructure(rest), []);
});

test('the structure check never reads a file: it works on what the loader parsed', async () => {
  // Load from a copy, then delete it: any read by the check would fail or miss the errors.
  const dir = mkdtempSync(join(tmpdir(), 'apigw-structure-'));
  cpSync(fixture('multi'), dir, { recursive: true });
  const spec = await loadSpec(join(dir, 'root.yaml'));
  rmSync(dir, { recursive: true, force: true });
  const findings = await validateStructure(spec);
  assert.deepEqual(findings.map((f) => [f.source, f.message]).sort(), [
    [join(dir, 'root.yaml'), 'must be one of: "array", "boolean", "integer", "number", "object", "string"'],
    [join(dir, 'schemas.yaml'), 'must be >= 0'],
  ]);
});

test("openapi: '3.0' (as SAM templates write it, and as YAML reads 3.0): checked as OpenAPI 3.0, the short version is info", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-oas30-'));
  try {
    const { writeFileSync } = await import('node:fs');
    const body = "info: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {}\n";
    writeFileSync(join(dir, 'quoted.yaml'), `openapi: '3.0'\n${body}`);
    writeFileSync(join(dir, 'number.yaml'), `openapi: 3.0\n${body}`);
    for (const name of ['quoted.yaml', 'number.yaml']) {
      const spec = await loadSpec(join(dir, name));
      assert.equal(spec.version, 'oas30');
      assert.deepEqual(spec.problems, []);
      assert.deepEqual(table(await validateStructure(spec)), [
        [
          'oas-schema',
          'info',
          '1:10',
          'openapi',
          `must match pattern "^3\\.0\\.\\d(-.+)?$": write the version in full ('3.0.1'); API Gateway imports '3.0', other OpenAPI tools reject it`,
        ],
        ['oas-schema', 'info', '6:17', 'paths./a.get.responses', 'must not be empty'],
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
