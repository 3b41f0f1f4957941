import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProjectConfig } from '../../../src/config/load.js';
import { checkSpecAgainstConfig } from '../../../src/lint/config-rules/index.js';
import { loadSpec } from '../../../src/definition/load.js';

const spec = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      description: uses stageVariables.ignored in prose
      x-amazon-apigateway-integration:
        type: aws
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:\${stageVariables.fn}/invocations
        requestTemplates:
          application/json: '{"table": "$stageVariables.table", "v": "$stageVariables[''version'']"}'
        requestParameters:
          integration.request.header.x-env: stageVariables.env
`;

async function run(stages: string) {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-sv-'));
  try {
    writeFileSync(join(dir, 'openapi.yaml'), spec);
    const loaded = await loadSpec(join(dir, 'openapi.yaml'));
    const config = await parseProjectConfig(stages, join(dir, 'apigw.yaml'));
    return checkSpecAgainstConfig(loaded, config).map((f) => [
      f.code,
      f.path.join('.'),
      f.range.start.line + 1,
      f.message,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('flags variables used in URIs, templates and mappings but missing on a stage', async () => {
  const r = await run(
    'stages:\n  dev:\n    variables: {fn: pets, table: t, version: v1, env: dev}\n  prod:\n    variables: {fn: pets, table: t}\n',
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      [
        'apigw-stage-variable-undefined',
        'paths./pets.get.x-amazon-apigateway-integration.requestTemplates.application/json',
        11,
      ],
      [
        'apigw-stage-variable-undefined',
        'paths./pets.get.x-amazon-apigateway-integration.requestParameters.integration.request.header.x-env',
        13,
      ],
    ],
  );
  assert.match(String(r[0][3]), /Stage variable "version" is not defined on stage prod in apigw.yaml/);
});

test('accepts variables every stage defines, and projects without stages', async () => {
  assert.deepEqual(await run('stages:\n  prod:\n    variables: {fn: a, table: t, version: v, env: e}\n'), []);
  assert.deepEqual(await run('api: {type: rest}\n'), []);
});
