import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags a zero limit and a negative offset', async () => {
  const yaml =
    'stages:\n  prod: {}\nusagePlans:\n  - name: basic\n    stages: [prod]\n    quota: {limit: 0, period: DAY, offset: -1}\n';
  const r = await configFindings(yaml, 'apigw-usage-plan-quota');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-usage-plan-quota', 'usagePlans.0.quota.limit', 6],
      ['apigw-usage-plan-quota', 'usagePlans.0.quota.offset', 6],
    ],
  );
});

test('accepts a valid quota', async () => {
  assert.deepEqual(
    await configFindings(
      'usagePlans:\n  - name: basic\n    quota: {limit: 1000, period: MONTH, offset: 0}\n',
      'apigw-usage-plan-quota',
    ),
    [],
  );
});
