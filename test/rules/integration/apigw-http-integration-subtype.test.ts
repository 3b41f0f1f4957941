import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/http-integration-subtype.js';

const doc = (
  subtype: string,
  params: string,
  credentials = '        credentials: arn:aws:iam::123456789012:role/r\n',
) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /orders:
    post:
      x-amazon-apigateway-integration:
        type: aws_proxy
        integrationSubtype: ${subtype}
        payloadFormatVersion: '1.0'
${credentials}        requestParameters:
${params}`;

test('flags missing required parameters at requestParameters', async () => {
  const r = await runRules(
    rule,
    doc('SQS-SendMessage', '          QueueUrl: https://sqs.us-east-1.amazonaws.com/1/q\n'),
    { flavour: 'http' },
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-http-integration-subtype', 'paths./orders.post.x-amazon-apigateway-integration.requestParameters', 11]],
  );
  assert.equal(r[0].message, 'SQS-SendMessage needs requestParameters MessageBody.');
});

test('flags an unknown subtype and a missing role', async () => {
  const unknown = await runRules(rule, doc('SQS-Send', '          QueueUrl: q\n'), { flavour: 'http' });
  assert.deepEqual(
    unknown.map((x) => [x.path, x.line]),
    [['paths./orders.post.x-amazon-apigateway-integration.integrationSubtype', 8]],
  );
  const noRole = await runRules(rule, doc('SQS-PurgeQueue', '          QueueUrl: q\n', ''), { flavour: 'http' });
  assert.match(noRole[0].message, /needs `credentials`: an IAM role/);
});

test('accepts a complete EventBridge integration', async () => {
  const params = '          Detail: $request.body.Detail\n          DetailType: order\n          Source: shop\n';
  assert.deepEqual(await runRules(rule, doc('EventBridge-PutEvents', params), { flavour: 'http' }), []);
});
