import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-request-too-large.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG api-gateway-known-issues (2023): customising REQUEST_TOO_LARGE is not supported.
test('customised REQUEST_TOO_LARGE', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-gateway-response-request-too-large', 'x-amazon-apigateway-gateway-responses.REQUEST_TOO_LARGE', 29]],
  );
});

test('others pass', async () => {
  const results = await runRules(rule, gatewayResponsesDoc());
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
