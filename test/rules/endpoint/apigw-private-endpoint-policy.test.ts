import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/private-endpoint-policy.js';

const doc = (policy = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
servers:
  - url: https://example.com
    x-amazon-apigateway-endpoint-configuration:
      vpcEndpointIds: [vpce-0123]
paths: {}
${policy}`;

test('flags a private API (vpcEndpointIds) without a resource policy', async () => {
  const r = await runRules(rule, doc());
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-private-endpoint-policy', 'servers', 3]],
  );
  assert.match(r[0].message, /PRIVATE API but it has no x-amazon-apigateway-policy/);
});

test('flags a private API declared in apigw.yaml', async () => {
  const r = await runRules(rule, "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", {
    endpointType: 'PRIVATE',
  });
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['paths', 3]],
  );
});

test('accepts a private API with a policy and APIs of unknown type', async () => {
  assert.deepEqual(
    await runRules(rule, doc('x-amazon-apigateway-policy: {Version: "2012-10-17", Statement: []}\n')),
    [],
  );
  assert.deepEqual(await runRules(rule, "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"), []);
});
