import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

const ID = 'apigw-stage-setting-api-type';

test('flags REST-only stage settings on an HTTP API', async () => {
  const r = await configFindings(
    'api: {type: http}\nstages:\n  $default:\n    tracing: true\n    methodSettings:\n      /pets/GET: {throttling: {rateLimit: 10}}\n    canary: {percent: 10}\n',
    ID,
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      [ID, 'stages.$default.methodSettings', 5],
      [ID, 'stages.$default.tracing', 4],
      [ID, 'stages.$default.canary', 7],
    ],
  );
});

test('flags HTTP-only stage settings on a REST API', async () => {
  const r = await configFindings(
    'api: {type: rest}\nstages:\n  prod:\n    autoDeploy: true\n    routeSettings:\n      GET /pets: {detailedMetrics: true}\n',
    ID,
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      [ID, 'stages.prod.autoDeploy', 4],
      [ID, 'stages.prod.routeSettings', 5],
    ],
  );
});

test('accepts each type with its own settings', async () => {
  assert.deepEqual(
    await configFindings(
      'api: {type: http}\nstages:\n  $default:\n    autoDeploy: false\n    detailedMetrics: true\n    routeSettings:\n      GET /pets: {throttling: {rateLimit: 1}}\n',
      ID,
    ),
    [],
  );
  assert.deepEqual(
    await configFindings(
      'api: {type: rest}\nstages:\n  prod:\n    tracing: true\n    methodSettings:\n      /pets/GET: {metrics: true}\n',
      ID,
    ),
    [],
  );
});
