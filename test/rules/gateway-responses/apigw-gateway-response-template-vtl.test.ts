import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gatewayResponsesDoc } from '../../support/fixtures.js';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/gateway-responses/gateway-response-template-vtl.js';

/** One REST definition carrying a defect for each gateway-response rule; every rule test reads it. */
const EVERY_DEFECT = readFileSync(
  new URL('../../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

// DG api-gateway-gatewayResponse-definition: templates are not processed by the VTL engine.
test('directives in a gateway response template', async () => {
  const results = await runRules(rule, EVERY_DEFECT);
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      [
        'apigw-gateway-response-template-vtl',
        'x-amazon-apigateway-gateway-responses.REQUEST_TOO_LARGE.responseTemplates.application/json',
        31,
      ],
    ],
  );
  assert.match(results[0].message, /"#if" in a gateway response template is not evaluated.*\(file line 32\)\]$/);
});

test('plain substitution passes', async () => {
  const results = await runRules(rule, gatewayResponsesDoc());
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
