import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/policy-size.js';

const doc = (resources: number) => `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal: '*'
      Action: execute-api:Invoke
      Resource: [${Array.from({ length: resources }, (_, i) => `"execute-api:/prod/GET/resource-number-${i}"`).join(', ')}]
`;

test('warns above 8,192 characters', async () => {
  const r = await runRules(rule, doc(250));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line, x.severity]),
    [['apigw-policy-size', 'x-amazon-apigateway-policy', 4, 1]],
  );
  assert.match(r[0].message, /the default quota is 8192/);
});

test('accepts small policies', async () => {
  assert.deepEqual(await runRules(rule, doc(3)), []);
});
