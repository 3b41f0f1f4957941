/**
 * `extends: [apigw:strict]`: OpenAPI conformance API Gateway tolerates (oas-schema, undeclared path
 * placeholders) is info by default and a warning under the preset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveSeverity, settingsFrom } from '../../src/lint/settings.js';
import { parseProjectConfig } from '../../src/config/load.js';
import { lintFiles } from '../../src/lint/files.js';
import { corpusFile, corpusSkip } from '../support/corpus.js';
import { runCli } from '../support/cli.js';

test('apigw:strict raises conformance info to warn and leaves everything else alone', async () => {
  const strict = settingsFrom(
    await parseProjectConfig('lint: {extends: ["apigw:recommended", "apigw:strict"]}\n', '/p/apigw.yaml'),
  );
  const plain = settingsFrom(await parseProjectConfig('lint: {}\n', '/p/apigw.yaml'));
  const f = (code: string, severity: 'info' | 'error') => ({ code, severity, source: '/p/a.yaml', path: [] });
  assert.equal(strict.rulesets.length, 0);
  assert.equal(effectiveSeverity(f('oas-schema', 'info'), strict, undefined), 'warn');
  assert.equal(effectiveSeverity(f('apigw-path-parameter', 'info'), strict, undefined), 'warn');
  assert.equal(effectiveSeverity(f('oas-schema', 'error'), strict, undefined), 'error');
  assert.equal(effectiveSeverity(f('apigw-undecidable', 'info'), strict, undefined), 'info');
  assert.equal(effectiveSeverity(f('oas-schema', 'info'), plain, undefined), 'info');
});

// AWS's URL shortener sample: response headers without `schema` and Swagger-2 securityDefinitions
// in an OpenAPI 3 document. AWS imports it; only the strict preset calls that a warning.
const shortener = 'aws-samples__amazon-api-gateway-url-shortener__api.yaml';
test(
  'real corpus: tolerated OpenAPI nits are info by default, warnings under apigw:strict',
  { skip: corpusSkip(shortener) },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-strict-'));
    try {
      copyFileSync(corpusFile(shortener), join(dir, 'api.yaml'));
      const severities = async () => [
        ...new Set(
          (await lintFiles([join(dir, 'api.yaml')], { cwd: dir })).findings
            .filter((f) => f.code === 'oas-schema')
            .map((f) => f.severity),
        ),
      ];
      writeFileSync(join(dir, 'apigw.yaml'), 'lint: {}\n');
      assert.deepEqual(await severities(), ['info']);
      writeFileSync(join(dir, 'apigw.yaml'), 'lint:\n  extends: [apigw:recommended, apigw:strict]\n');
      assert.deepEqual(await severities(), ['warn']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

// --profile openapi is the same preset from the command line, without editing apigw.yaml.
test('apigw lint --profile openapi: the tolerated nits become warnings; the default profile keeps them info', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-profile-'));
  try {
    writeFileSync(
      join(dir, 'api.yaml'),
      `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}, responses: {default: {statusCode: '200'}}}
`,
    );
    const severities = async (...extra: string[]) => {
      const r = await runCli(['lint', 'api.yaml', '-f', 'json', ...extra], { cwd: dir });
      return (JSON.parse(r.stdout) as Array<{ code: string; severity: number; range: { start: { line: number } } }>)
        .filter((f) => f.code === 'apigw-path-parameter')
        .map((f) => [f.severity, f.range.start.line + 1]);
    };
    assert.deepEqual(await severities(), [[2, 5]]);
    assert.deepEqual(await severities('--profile', 'api-gateway'), [[2, 5]]);
    assert.deepEqual(await severities('--profile', 'openapi'), [[1, 5]]);
    const bad = await runCli(['lint', 'api.yaml', '--profile', 'swagger'], { cwd: dir });
    assert.equal(bad.code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
