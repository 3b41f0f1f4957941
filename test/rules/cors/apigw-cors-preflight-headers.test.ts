import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-preflight-headers.js';
import { corsDoc, PREFLIGHT } from '../../support/fixtures.js';

test('flags a preflight missing Allow-Headers', async () => {
  const r = await runRules(rule, corsDoc({ preflight: PREFLIGHT.replace(/.*Allow-Headers.*\n/, '') }));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-cors-preflight-headers', 'paths./pets.options.x-amazon-apigateway-integration', 23]],
  );
  assert.match(r[0].message, /does not return Access-Control-Allow-Headers; browsers reject the preflight/);
});

test('accepts a complete preflight', async () => {
  assert.deepEqual(await runRules(rule, corsDoc({ preflight: PREFLIGHT })), []);
});
