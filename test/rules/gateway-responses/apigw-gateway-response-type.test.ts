import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-type.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG supported-gateway-response-types.
test('unknown type, with the upper-case suggestion', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-gateway-response-type', 'x-amazon-apigateway-gateway-responses.Unauthorized', 19]],
  );
  assert.match(results[0].message, /Did you mean UNAUTHORIZED\?/);
});

test('all known types pass', async () => {
  const results = await runRules(rule, gatewayResponsesDoc({ requestTooLarge: true }));
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
