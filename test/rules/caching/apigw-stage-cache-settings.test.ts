import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags an unknown cache size and TTLs above 3600', async () => {
  const yaml =
    'stages:\n  prod:\n    caching: {enabled: true, size: "2", ttl: 7200}\n    methodSettings:\n      /pets/GET:\n        caching: {ttl: -5}\n';
  const r = await configFindings(yaml, 'apigw-stage-cache-settings');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-stage-cache-settings', 'stages.prod.caching.size', 3],
      ['apigw-stage-cache-settings', 'stages.prod.caching.ttl', 3],
      ['apigw-stage-cache-settings', 'stages.prod.methodSettings./pets/GET.caching.ttl', 6],
    ],
  );
  assert.match(r[0][3], /choose one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237/);
});

test('accepts documented sizes (string or number) and TTLs', async () => {
  assert.deepEqual(
    await configFindings(
      'stages:\n  prod:\n    caching: {size: 0.5, ttl: 3600}\n  dev:\n    caching: {size: "237", ttl: 0}\n',
      'apigw-stage-cache-settings',
    ),
    [],
  );
});
