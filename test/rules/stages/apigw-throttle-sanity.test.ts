import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('warns above the account defaults and on a zero burst', async () => {
  const yaml =
    'stages:\n  prod:\n    throttling: {rateLimit: 20000, burstLimit: 6000}\n    methodSettings:\n      /pets/GET:\n        throttling: {rateLimit: 10, burstLimit: 0}\n';
  const r = await configFindings(yaml, 'apigw-throttle-sanity');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-throttle-sanity', 'stages.prod.throttling.rateLimit', 3],
      ['apigw-throttle-sanity', 'stages.prod.throttling.burstLimit', 3],
      ['apigw-throttle-sanity', 'stages.prod.methodSettings./pets/GET.throttling.burstLimit', 6],
    ],
  );
  assert.match(r[0][3], /above the default account limit of 10000 requests\/s/);
  assert.match(r[2][3], /every request is throttled \(429\)/);
});

test('accepts the account defaults themselves (burst below rate is normal)', async () => {
  assert.deepEqual(
    await configFindings(
      'stages:\n  prod:\n    throttling: {rateLimit: 10000, burstLimit: 5000}\n',
      'apigw-throttle-sanity',
    ),
    [],
  );
});
