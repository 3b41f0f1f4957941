import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-header-value-quoted.js';
import { corsDoc } from '../../support/fixtures.js';

test('flags an unquoted static origin', async () => {
  const r = await runRules(rule, corsDoc({ getOrigin: "'*'" }));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-cors-header-value-quoted',
        'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.Access-Control-Allow-Origin',
        19,
      ],
    ],
  );
  assert.match(r[0].message, /is set to \*, which is neither a quoted static value nor a mapping expression/);
});

test('accepts quoted values and mapping expressions', async () => {
  for (const v of [
    '"\'*\'"',
    'integration.response.header.Origin',
    'stageVariables.origin',
    'method.request.header.Origin',
  ]) {
    assert.deepEqual(await runRules(rule, corsDoc({ getOrigin: v })), [], v);
  }
});
