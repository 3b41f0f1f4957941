/**
 * `apigw lint --ignore-unknown` (the pre-commit hook's entry) skips exactly the files the loader
 * finds hold no API definition, judged on the parsed document: text that merely mentions
 * `openapi:`/`swagger:` is skipped, a definition whose `openapi` key comes late is linted.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';

const notApi = resolve(repoRoot, 'test/fixtures/acceptance/not-api');
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'apigw-ignore-unknown-'));
  cpSync(notApi, dir, { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));
const lint = (...args: string[]) => runCli(['lint', '--ignore-unknown', ...args], { cwd: dir });

test('a compose file with a swagger service, a package.json with an openapi script, a workflow and a SAM template without an API are skipped', async () => {
  const r = await lint('docker-compose.yml', 'package.json', 'ci.yml', 'template.yaml');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'No problems found.\n');
  assert.equal(r.stderr, '');
});

test('--verbose says on stderr which files were skipped and why, one line each', async () => {
  const r = await lint('docker-compose.yml', 'package.json', '--verbose');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stderr,
    [
      "apigw: docker-compose.yml: skipped (not an OpenAPI or Swagger document: no 'openapi' or 'swagger' field at the top level)",
      "apigw: package.json: skipped (not an OpenAPI or Swagger document: no 'openapi' or 'swagger' field at the top level)",
      '',
    ].join('\n'),
  );
});

test('a SAM template whose API definition is inline is not taken for an OpenAPI document', async () => {
  // Until SAM/CloudFormation templates are read as such, a template is "not an OpenAPI document";
  // the nested `openapi:` key no longer makes it one (it used to end in exit 2).
  writeFileSync(
    join(dir, 'sam.yaml'),
    [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionBody:',
      '        openapi: 3.0.1',
      '        info: { title: inline, version: "1" }',
      '        paths: {}',
      '',
    ].join('\n'),
  );
  const r = await lint('sam.yaml');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'No problems found.\n');
});

test('a key-sorted JSON definition whose openapi key comes after 64 KB is linted, not skipped', async () => {
  // `jq -S` and Go's encoder sort keys: components, info, openapi, paths.
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < 900; i++)
    schemas[`Model${String(i).padStart(4, '0')}`] = { type: 'object', description: 'padding '.repeat(8) };
  const doc = {
    components: { schemas },
    info: { title: 'sorted', version: '1' },
    openapi: '3.0.1',
    paths: {
      '/pets': {
        get: {
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-integration': {
            type: 'http',
            httpMethod: 'GET',
            uri: 'https://example.com/pets',
            timeoutInMillis: 10,
          },
        },
      },
    },
  };
  const text = JSON.stringify(doc, null, 1);
  assert.ok(text.indexOf('"openapi"') > 64 * 1024, 'the openapi key sits past the first 64 KB');
  writeFileSync(join(dir, 'sorted.json'), text);
  const r = await runCli(['lint', '--ignore-unknown', 'sorted.json', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const errors = (JSON.parse(r.stdout) as Array<{ code: string; severity: number }>)
    .filter((f) => f.severity === 0)
    .map((f) => f.code);
  assert.deepEqual(errors, ['apigw-integration-responses-required', 'apigw-integration-timeout']);
});

test('broken YAML is still an error under --ignore-unknown (only "no API definition" is skipped)', async () => {
  writeFileSync(join(dir, 'broken.yaml'), 'openapi: 3.0.1\npaths: {\n');
  const r = await lint('broken.yaml');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^apigw: \S*broken\.yaml:3:1: invalid YAML: /);
  assert.doesNotMatch(r.stdout, /No problems/);
});

test('the bundled example still lints under --ignore-unknown', async () => {
  writeFileSync(join(dir, 'openapi.yaml'), readFileSync(resolve(repoRoot, 'examples/rest-api/openapi.yaml'), 'utf8'));
  const r = await lint('openapi.yaml', 'package.json', '--quiet');
  assert.equal(r.code, 0, r.stderr);
});
