import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/vpc-endpoint-ids-private.js';

const doc = `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-endpoint-configuration:
  vpcEndpointIds: [vpce-0123]
paths: {}
`;

test('flags vpcEndpointIds on a REGIONAL API', async () => {
  const r = await runRules(rule, doc, { endpointType: 'REGIONAL' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-vpc-endpoint-ids-private', 'x-amazon-apigateway-endpoint-configuration.vpcEndpointIds', 4]],
  );
  assert.match(r[0].message, /endpoint type is REGIONAL/);
});

test('accepts them on PRIVATE and when the type is unknown', async () => {
  assert.deepEqual(await runRules(rule, doc), []);
  assert.deepEqual(await runRules(rule, doc, { endpointType: 'PRIVATE' }), []);
});
