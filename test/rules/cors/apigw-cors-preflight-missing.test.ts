import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-preflight-missing.js';
import { corsDoc, PREFLIGHT } from '../../support/fixtures.js';

test('flags a path returning Allow-Origin without an options method', async () => {
  const r = await runRules(rule, corsDoc());
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-cors-preflight-missing', 'paths./pets', 4]],
  );
  assert.match(r[0].message, /GET return Access-Control-Allow-Origin but \/pets has no options method/);
});

test('accepts a path with a preflight, and paths without CORS', async () => {
  assert.deepEqual(await runRules(rule, corsDoc({ preflight: PREFLIGHT })), []);
  assert.deepEqual(
    await runRules(
      rule,
      corsDoc()
        .replace(/            responseParameters:\n.*\n/, '')
        .replace(/          headers:\n.*\n/, ''),
    ),
    [],
  );
});
