import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags names with hyphens, in stage and canary variables', async () => {
  const yaml =
    'stages:\n  dev:\n    variables:\n      table-name: pets\n    canary:\n      percent: 10\n      variables:\n        fn.alias: live\n';
  const r = await configFindings(yaml, 'apigw-stage-variable-name');
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-stage-variable-name', 'stages.dev.variables.table-name', 4],
      ['apigw-stage-variable-name', 'stages.dev.canary.variables.fn.alias', 8],
    ],
  );
  assert.match(r[0][3], /"table-name" may contain only letters, digits and underscores/);
});

test('accepts letters, digits and underscores', async () => {
  assert.deepEqual(
    await configFindings('stages:\n  dev:\n    variables:\n      table_Name2: pets\n', 'apigw-stage-variable-name'),
    [],
  );
});
