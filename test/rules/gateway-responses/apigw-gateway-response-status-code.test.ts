import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-status-code.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// BOTO-V1 StatusCode pattern [1-5]\d\d.
test('four digits', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-gateway-response-status-code', 'x-amazon-apigateway-gateway-responses.ACCESS_DENIED.statusCode', 22]],
  );
});

test('valid codes pass (numbers too)', async () => {
  const results = await runRules(rule, gatewayResponsesDoc({ requestTooLarge: true }));
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
