import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-preflight-auth.js';

const doc = (security: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    options:
${security}      x-amazon-apigateway-integration: {type: mock}
`;

test('flags an authorized preflight', async () => {
  const r = await runRules(rule, doc('      security:\n        - CognitoAuth: []\n'));
  assert.deepEqual(r.map((x) => [x.code, x.path, x.line]), [['apigw-cors-preflight-auth', 'paths./pets.options.security', 6]]);
  assert.match(r[0].message, /requires CognitoAuth; browsers send preflight requests without credentials/);
});

test('flags x-amazon-apigateway-auth AWS_IAM', async () => {
  const r = await runRules(rule, doc('      x-amazon-apigateway-auth: {type: aws_iam}\n'));
  assert.match(r[0].message, /requires IAM authorization/);
});

test('accepts open preflights (no security, empty requirement)', async () => {
  assert.deepEqual(await runRules(rule, doc('')), []);
  assert.deepEqual(await runRules(rule, doc('      security: []\n')), []);
  assert.deepEqual(await runRules(rule, doc('      security:\n        - {}\n')), []);
});
