import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags a negative rate and burst', async () => {
  const yaml = 'stages:\n  dev:\n    throttling:\n      rateLimit: -1\n      burstLimit: -2\n';
  const r = await configFindings(yaml, 'apigw-throttle-values');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-throttle-values', 'stages.dev.throttling.rateLimit', 4],
      ['apigw-throttle-values', 'stages.dev.throttling.burstLimit', 5],
    ],
  );
});

test('accepts fractional rates and whole bursts', async () => {
  assert.deepEqual(
    await configFindings('stages:\n  dev:\n    throttling: {rateLimit: 0.5, burstLimit: 1}\n', 'apigw-throttle-values'),
    [],
  );
});
