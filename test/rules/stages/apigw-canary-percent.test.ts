import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags a percent above 100', async () => {
  const r = await configFindings('stages:\n  prod:\n    canary:\n      percent: 150\n', 'apigw-canary-percent');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [['apigw-canary-percent', 'stages.prod.canary.percent', 4]],
  );
});

test('accepts 0, fractions and 100', async () => {
  for (const p of ['0', '12.5', '100'])
    assert.deepEqual(
      await configFindings(`stages:\n  prod:\n    canary:\n      percent: ${p}\n`, 'apigw-canary-percent'),
      [],
      p,
    );
});
