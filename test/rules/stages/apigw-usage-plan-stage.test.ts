import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags a usage plan naming an undefined stage', async () => {
  const r = await configFindings(
    'stages:\n  prod: {}\nusagePlans:\n  - name: basic\n    stages: [prod, staging]\n',
    'apigw-usage-plan-stage',
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [['apigw-usage-plan-stage', 'usagePlans.0.stages.1', 5]],
  );
  assert.match(r[0][3], /uses stage "staging", which is not under stages: \(defined: prod\)/);
});

test('accepts defined stages', async () => {
  assert.deepEqual(
    await configFindings(
      'stages:\n  prod: {}\nusagePlans:\n  - name: basic\n    stages: [prod]\n',
      'apigw-usage-plan-stage',
    ),
    [],
  );
});
