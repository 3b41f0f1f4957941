/**
 * The bundled examples lint clean (no errors or warnings); a copy of each with one planted defect
 * per category fails with that category's rule at the planted line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { repoRoot } from '../support/cli.js';

async function lintCopy(
  example: 'rest-api' | 'http-api',
  edit?: (text: string) => string,
  editConfig?: (text: string) => string,
) {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-lint-'));
  try {
    const config = readFileSync(resolve(repoRoot, 'examples', example, 'apigw.yaml'), 'utf8');
    writeFileSync(join(dir, 'apigw.yaml'), editConfig ? editConfig(config) : config);
    const text = readFileSync(resolve(repoRoot, 'examples', example, 'openapi.yaml'), 'utf8');
    writeFileSync(join(dir, 'openapi.yaml'), edit ? edit(text) : text);
    const outcome = await lintFiles([], { cwd: dir });
    return outcome.findings
      .filter((f) => f.severity === 'error' || f.severity === 'warn')
      .map((f) => [f.code, f.range.start.line + 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function plant(text: string, find: string, replace: string): string {
  assert.ok(text.includes(find), `example no longer contains ${find}`);
  return text.replace(find, replace);
}

test('the examples lint clean', async () => {
  assert.deepEqual(await lintCopy('rest-api'), []);
  assert.deepEqual(await lintCopy('http-api'), []);
});

const restCases: Array<[string, string, string, string, number]> = [
  [
    'integration',
    'uri: https://petstore-backend.example.com/v1/pets',
    'uri: petstore-backend.example.com/v1/pets',
    'apigw-integration-http-uri',
    79,
  ],
  ['timeout', 'timeoutInMillis: 10000', 'timeoutInMillis: 10', 'apigw-integration-timeout', 81],
  // POST is CORS-safelisted (it passes a preflight unlisted); PUT is not.
  [
    'cors',
    '    post:\n      operationId: createPet',
    '    put:\n      operationId: createPet',
    'apigw-cors-preflight-methods',
    159,
  ],
  [
    'caching',
    '        passthroughBehavior: when_no_templates\n',
    '        passthroughBehavior: when_no_templates\n        cacheKeyParameters:\n          - method.request.querystring.colour\n',
    'apigw-cache-key-parameters',
    82,
  ],
  ['auth', 'authorizerResultTtlInSeconds: 300', 'authorizerResultTtlInSeconds: 7200', 'apigw-authorizer-ttl', 227],
  // The finding sits on the template's own line inside the block scalar, not on the key.
  ['templates', '"stage": "$context.stage"', '"stage": "$context.stag"', 'apigw-template-context-variable', 87],
  [
    'validation',
    '        id:\n          type: string\n        name:',
    '        id:\n          type: string\n          readOnly: true\n        name:',
    'apigw-model-unsupported-keyword',
    236,
  ],
  [
    'endpoint',
    'x-amazon-apigateway-request-validators:',
    'x-amazon-apigateway-minimum-compression-size: -1\nx-amazon-apigateway-request-validators:',
    'apigw-minimum-compression-size',
    18,
  ],
];
for (const [category, find, replace, code, line] of restCases) {
  test(`REST example with a planted ${category} defect`, async () => {
    assert.deepEqual(await lintCopy('rest-api', (t) => plant(t, find, replace)), [[code, line]]);
  });
}

test('REST example with a planted gateway-responses defect (the misspelt type also leaves DEFAULT_5XX without CORS headers)', async () => {
  assert.deepEqual(await lintCopy('rest-api', (t) => plant(t, '  DEFAULT_5XX:', '  DEFAULT_5XXX:')), [
    ['apigw-gateway-response-cors', 26],
    ['apigw-gateway-response-type', 32],
  ]);
});

test('REST example with a planted stages defect in apigw.yaml', async () => {
  assert.deepEqual(
    await lintCopy('rest-api', undefined, (c) => plant(c, '      logLevel: warn', '      log-level: warn')),
    [['apigw-stage-variable-name', 20]],
  );
});

test('HTTP example with planted integration, timeout and CORS defects', async () => {
  // validate also reports the unknown key Body (its own finding, on its own line).
  assert.deepEqual(await lintCopy('http-api', (t) => plant(t, 'MessageBody: $request.body', 'Body: $request.body')), [
    ['apigw-http-integration-subtype', 84],
    ['apigw-extension-schema', 86],
  ]);
  assert.deepEqual(await lintCopy('http-api', (t) => plant(t, 'timeoutInMillis: 10000', 'timeoutInMillis: 30001')), [
    ['apigw-integration-timeout', 33],
  ]);
  assert.deepEqual(await lintCopy('http-api', (t) => plant(t, '    - POST\n', '    - POSTS\n')), [
    ['apigw-http-cors-config', 12],
  ]);
});
