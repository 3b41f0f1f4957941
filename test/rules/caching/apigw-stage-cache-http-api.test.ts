import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags caching on an HTTP API stage', async () => {
  const r = await configFindings(
    'api: {type: http}\nstages:\n  $default:\n    caching: {enabled: true}\n',
    'apigw-stage-cache-http-api',
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [['apigw-stage-cache-http-api', 'stages.$default.caching', 4]],
  );
});

test('accepts caching on a REST API stage', async () => {
  assert.deepEqual(
    await configFindings(
      'api: {type: rest}\nstages:\n  prod:\n    caching: {enabled: true}\n',
      'apigw-stage-cache-http-api',
    ),
    [],
  );
});
