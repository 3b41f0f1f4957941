import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-gateway-responses.js';
import { corsDoc, GATEWAY_RESPONSES, PREFLIGHT } from './fixtures.js';

test('flags a CORS API without gateway responses, at the first CORS path', async () => {
  const r = await runRules(rule, corsDoc({ preflight: PREFLIGHT }));
  assert.deepEqual(r.map((x) => [x.code, x.path, x.line]), [['apigw-cors-gateway-responses', 'paths./pets', 4]]);
  assert.match(r[0].message, /DEFAULT_4XX and DEFAULT_5XX have no gatewayresponse.header.Access-Control-Allow-Origin/);
});

test('flags a missing DEFAULT_5XX header at the gateway responses', async () => {
  const partial = GATEWAY_RESPONSES.replace(/  DEFAULT_5XX:\n.*\n.*\n/, '');
  const r = await runRules(rule, corsDoc({ preflight: PREFLIGHT, extraRoot: partial }));
  assert.deepEqual(r.map((x) => [x.path, x.line]), [['x-amazon-apigateway-gateway-responses', 34]]);
  assert.match(r[0].message, /DEFAULT_5XX has no/);
});

test('accepts both defaults with the header, and APIs without CORS', async () => {
  assert.deepEqual(await runRules(rule, corsDoc({ preflight: PREFLIGHT, extraRoot: GATEWAY_RESPONSES })), []);
  assert.deepEqual(await runRules(rule, `swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {}\n`), []);
});
