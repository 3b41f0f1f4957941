import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-aws-service-uri.js';

const doc = (uri: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: ${uri}
`;

test('flags a URI that is not an API Gateway service ARN', async () => {
  const r = await runRules(rule, doc('arn:aws:dynamodb:us-east-1:123456789012:table/items'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-aws-service-uri', 'paths./items.get.x-amazon-apigateway-integration.uri', 9]],
  );
  assert.match(r[0].message, /expected arn:aws:apigateway:\{region\}:\{service\}:path/);
});

test('flags a missing region and a missing path/action part', async () => {
  assert.match((await runRules(rule, doc('arn:aws:apigateway::dynamodb:action/Query')))[0].message, /has no region/);
  assert.match(
    (await runRules(rule, doc('arn:aws:apigateway:us-east-1:dynamodb:Query')))[0].message,
    /is not an AWS service integration URI/,
  );
});

test('accepts path and action URIs, placeholders and Lambda URIs (another rule)', async () => {
  for (const uri of [
    'arn:aws:apigateway:us-east-1:dynamodb:action/Query',
    'arn:aws:apigateway:${AWS::Region}:s3:path/{bucket}/{key}',
    'arn:aws:apigateway:eu-west-1:states:action/StartSyncExecution',
    '!Sub arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Queue.QueueName}',
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/x/invocations',
  ])
    assert.deepEqual(await runRules(rule, doc(uri)), [], uri);
});
