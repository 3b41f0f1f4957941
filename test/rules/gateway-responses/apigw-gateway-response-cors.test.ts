import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-cors.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG how-to-cors: gateway responses need CORS headers too.
test('DEFAULT_5XX without CORS headers', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-gateway-response-cors', 'x-amazon-apigateway-gateway-responses', 14]],
  );
  assert.match(results[0].message, /the DEFAULT_5XX gateway response does not/);
});

test('no gateway responses at all: reported where CORS is used', async () => {
  const results = await runRules(rule, gatewayResponsesDoc({ responses: false }));
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-gateway-response-cors',
        'paths./a.get.x-amazon-apigateway-integration.responses.default.responseParameters',
        12,
      ],
    ],
  );
  assert.match(results[0].message, /DEFAULT_4XX and DEFAULT_5XX gateway responses do not/);
});

test('APIs without CORS pass', async () => {
  const results = await runRules(rule, gatewayResponsesDoc({ header: 'X-Other', requestTooLarge: true }));
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

test('CORS with the header on DEFAULT_4XX and DEFAULT_5XX passes', async () => {
  assert.deepEqual(await runRules(rule, gatewayResponsesDoc()), []);
});
