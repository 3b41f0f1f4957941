import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-vpc-link.js';

const doc = (lines: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://nlb.internal/pets
${lines}`;

test('flags VPC_LINK without connectionId', async () => {
  const r = await runRules(rule, doc('        connectionType: VPC_LINK\n'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-vpc-link', 'paths./pets.get.x-amazon-apigateway-integration.connectionType', 10]],
  );
  assert.match(r[0].message, /has no `connectionId`/);
});

test('flags an unknown connectionType', async () => {
  const r = await runRules(rule, doc('        connectionType: PRIVATE_LINK\n'));
  assert.match(r[0].message, /must be INTERNET or VPC_LINK, not "PRIVATE_LINK"/);
});

test('accepts VPC_LINK with an id or a stage variable, and INTERNET', async () => {
  assert.deepEqual(await runRules(rule, doc('        connectionType: VPC_LINK\n        connectionId: abc123\n')), []);
  assert.deepEqual(
    await runRules(rule, doc('        connectionType: VPC_LINK\n        connectionId: ${stageVariables.vpcLinkId}\n')),
    [],
  );
  assert.deepEqual(await runRules(rule, doc('        connectionType: INTERNET\n')), []);
});
