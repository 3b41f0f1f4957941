import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-preflight-methods.js';
import { corsDoc, PREFLIGHT } from './fixtures.js';

const withPost = (preflight: string) => corsDoc({ preflight: `    post:\n      x-amazon-apigateway-integration: {type: mock}\n${preflight}` });

test('flags methods missing from Allow-Methods', async () => {
  const r = await runRules(rule, withPost(PREFLIGHT));
  assert.deepEqual(r.map((x) => [x.code, x.path, x.line]), [
    ['apigw-cors-preflight-methods', "paths./pets.options.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.Access-Control-Allow-Methods", 34],
  ]);
  assert.match(r[0].message, /leaves out POST declared on \/pets.*Use 'GET,POST,OPTIONS'/);
});

test('accepts complete lists and the wildcard', async () => {
  assert.deepEqual(await runRules(rule, withPost(PREFLIGHT.replace("'GET,OPTIONS'", "'GET, POST, OPTIONS'"))), []);
  assert.deepEqual(await runRules(rule, withPost(PREFLIGHT.replace("'GET,OPTIONS'", "'*'"))), []);
});
