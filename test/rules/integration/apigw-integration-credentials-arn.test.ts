import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-credentials-arn.js';

const doc = (credentials: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: aws
        credentials: ${credentials}
`;

test('flags an IAM user ARN and a non-IAM ARN', async () => {
  const r = await runRules(rule, doc('arn:aws:iam::123456789012:user/deployer'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-credentials-arn', 'paths./items.get.x-amazon-apigateway-integration.credentials', 8]],
  );
  assert.match(r[0].message, /IAM users cannot be assumed; use a role/);
  assert.match(
    (await runRules(rule, doc('arn:aws:lambda:us-east-1:123456789012:function:f')))[0].message,
    /not an IAM ARN at all/,
  );
});

test('accepts roles, caller credentials and deploy-time values', async () => {
  for (const c of [
    'arn:aws:iam::123456789012:role/apigw-dynamodb',
    'arn:aws:iam::*:user/*',
    'arn:aws-cn:iam::${AWS::AccountId}:role/x',
    '!GetAtt ApiRole.Arn',
    '"${role_arn}"',
    '{"Fn::GetAtt": [ApiRole, Arn]}',
  ])
    assert.deepEqual(await runRules(rule, doc(c)), [], c);
});
