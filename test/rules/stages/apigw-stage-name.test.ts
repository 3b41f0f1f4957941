import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags stage names with characters API Gateway rejects', async () => {
  const r = await configFindings(
    'api: {type: rest}\nstages:\n  dev:\n    tracing: true\n  "prod.eu":\n    tracing: true\n',
    'apigw-stage-name',
  );
  // Line 5, where `"prod.eu":` is written (not the first line of its settings below it).
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [['apigw-stage-name', 'stages.prod.eu', 5]],
  );
  assert.match(r[0][3], /may contain only letters, digits, hyphens and underscores/);
});

test('flags $default on a REST API, accepts it on an HTTP API', async () => {
  const yaml = (type: string) => `api: {type: ${type}}\nstages:\n  $default:\n    tracing: true\n`;
  assert.match((await configFindings(yaml('rest'), 'apigw-stage-name'))[0][3], /\$default exists only for HTTP APIs/);
  assert.deepEqual(await configFindings(yaml('http'), 'apigw-stage-name'), []);
});
