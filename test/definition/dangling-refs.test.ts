/**
 * A `$ref` to nothing: `apigw lint`/`validate` report it as an error finding and check the rest
 * (the target is opaque); commands that need the whole definition (deploy, diff) still stop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { InputError } from '../../src/core/errors.js';
import { runCli } from '../support/cli.js';
import { corpusSkip, lintCorpus } from '../support/corpus.js';

const DOC = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      parameters:
        - {in: body, name: b, schema: {$ref: '#/definitions/Missing'}}
      responses:
        '200': {description: ok, schema: {$ref: 'models.yaml#/Gone'}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: example.com/a
`;

test('lint: every dangling $ref is an error finding, and the other findings are still there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-dangling-'));
  try {
    writeFileSync(join(dir, 'api.yaml'), DOC);
    await assert.rejects(
      loadSpec(join(dir, 'api.yaml')),
      (e: unknown) => e instanceof InputError && /points to nothing \(and 1 more dangling \$ref\)$/.test(e.line),
    );
    const spec = await loadSpec(join(dir, 'api.yaml'), { danglingRefs: 'report' });
    assert.deepEqual(
      spec.problems.map((p) => [p.code, p.severity, p.range.start.line + 1]),
      [
        ['apigw-ref-dangling', 'error', 7],
        ['apigw-ref-dangling', 'error', 9],
      ],
    );
    const r = await runCli(['lint', join(dir, 'api.yaml'), '-f', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    const codes = (JSON.parse(r.stdout) as Array<{ code: string; range: { start: { line: number } } }>).map((f) => [
      f.code,
      f.range.start.line + 1,
    ]);
    assert.deepEqual(
      codes.filter(([c]) => c === 'apigw-ref-dangling' || c === 'apigw-integration-http-uri'),
      [
        ['apigw-ref-dangling', 7],
        ['apigw-ref-dangling', 9],
        ['apigw-integration-http-uri', 13],
      ],
    );
    assert.equal(codes.filter(([c]) => c === 'oas-structure-unchecked').length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The corpus files that stopped lint with exit 2: models referenced but never defined.
const vault = 'balabalabear-vault__infra__definitions__api_definition.tpl';
test(
  "real corpus: a missing model no longer hides the file's other findings",
  { skip: corpusSkip(vault) },
  async () => {
    const findings = await lintCorpus(vault);
    assert.deepEqual(
      findings.filter(([c]) => c === 'apigw-ref-dangling'),
      [['apigw-ref-dangling', 39, 'error']],
    );
    assert.ok(findings.some(([c]) => c === 'apigw-model-unsupported-keyword'));
  },
);

test('OpenAPI 3.0 with a Swagger 2.0 response `schema` whose $ref points to nothing: never read by API Gateway, so info, and deploy does not stop', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-dangling-'));
  try {
    const doc = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    options:
      responses:
        '200':
          description: ok
          schema:
            $ref: '#/definitions/Empty'
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Gone'}
`;
    writeFileSync(join(dir, 'api.yaml'), doc);
    const spec = await loadSpec(join(dir, 'api.yaml'), { danglingRefs: 'report' });
    assert.deepEqual(
      spec.problems.map((p) => [p.code, p.severity, p.range.start.line + 1, p.path.join('.')]),
      [
        ['oas-schema', 'info', 9, 'paths./a.options.responses.200.schema'],
        // A $ref to nothing where OpenAPI 3.0 reads it stays an error.
        ['apigw-ref-dangling', 'error', 14, 'paths./a.options.requestBody.content.application/json.schema.$ref'],
      ],
    );
    assert.match(spec.problems[0]!.message, /^property 'schema' is not allowed here: an OpenAPI 3\.0 response/);
    writeFileSync(join(dir, 'api.yaml'), doc.split('      requestBody')[0]!);
    const strict = await loadSpec(join(dir, 'api.yaml'));
    assert.deepEqual(
      strict.problems.map((p) => p.code),
      ['oas-schema'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
