/**
 * apigw-ref-external-file: a definition CloudFormation hands to API Gateway as one document (inline
 * Body/DefinitionBody, an included or uploaded file) cannot $ref another file; a standalone file
 * can (apigw deploy bundles it), and a $ref inside the document is fine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { samApiTemplate } from '../support/fixtures.js';

const MODELS = `Pet:
  type: object
  properties: {name: {type: string}}
`;
const OPERATION = `      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: 'models.yaml#/Pet'}}}
      x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}, responses: {default: {statusCode: '200'}}}
`;
const STANDALONE = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
${OPERATION}`;
const TEMPLATE = samApiTemplate(STANDALONE);

async function lint(dir: string, file: string): Promise<Array<[string, number]>> {
  const r = await runCli(['lint', join(dir, file), '-f', 'json'], { cwd: dir });
  return (JSON.parse(r.stdout) as Array<{ code: string; range: { start: { line: number } } }>)
    .filter((f) => f.code === 'apigw-ref-external-file')
    .map((f) => [f.code, f.range.start.line + 1]);
}

test('an inline DefinitionBody that $refs another file is reported at the $ref (a warning: a build step may bundle it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-external-ref-'));
  try {
    writeFileSync(join(dir, 'models.yaml'), MODELS);
    writeFileSync(join(dir, 'template.yaml'), TEMPLATE);
    assert.deepEqual(await lint(dir, 'template.yaml'), [['apigw-ref-external-file', 16]]);
    const r = await runCli(['lint', join(dir, 'template.yaml'), '-f', 'json'], { cwd: dir });
    assert.match(r.stdout, /points to another file, but Api passes this definition to API Gateway as one document/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a standalone definition may $ref other files (apigw deploy bundles them)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-external-ref-'));
  try {
    writeFileSync(join(dir, 'models.yaml'), MODELS);
    writeFileSync(join(dir, 'openapi.yaml'), STANDALONE);
    assert.deepEqual(await lint(dir, 'openapi.yaml'), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
