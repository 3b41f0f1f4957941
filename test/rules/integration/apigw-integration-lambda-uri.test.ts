import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-lambda-uri.js';

const doc = (uri: string, type = 'aws_proxy') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: POST
        uri: ${uri}
`;
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:pets';
const GOOD = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
const PATH = 'paths./pets.post.x-amazon-apigateway-integration.uri';

test('flags a function ARN used as a REST integration URI', async () => {
  const r = await runRules(rule, doc(FN));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-lambda-uri', PATH, 9]],
  );
  assert.match(r[0].message, /REST APIs need the invocation URI, not the function ARN/);
});

test('flags a missing /invocations, a wrong API date and a non-ARN function', async () => {
  const cases: Array<[string, RegExp]> = [
    [GOOD.replace('/invocations', ''), /is not a Lambda invocation URI/],
    [GOOD.replace('2015-03-31', '2016-01-01'), /uses API version 2016-01-01/],
    [GOOD.replace(FN, 'pets'), /"pets" is not a Lambda function ARN/],
  ];
  for (const [uri, message] of cases) {
    const r = await runRules(rule, doc(uri));
    assert.deepEqual(
      r.map((x) => [x.path, x.line]),
      [[PATH, 9]],
      uri,
    );
    assert.match(r[0].message, message);
  }
});

test('flags a non-Lambda AWS_PROXY target in a REST API', async () => {
  const r = await runRules(rule, doc('arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue'));
  assert.match(r[0].message, /AWS_PROXY in a REST API integrates only with Lambda/);
});

test('accepts invocation URIs, streaming URIs, HTTP API function ARNs and placeholders', async () => {
  const ok = [
    GOOD,
    `${GOOD.replace(FN, `${FN}:live`)}`,
    `arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/${FN}/response-streaming-invocations`,
    'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations',
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations',
    '"${lambda_invoke_arn}"',
    '!GetAtt PetsFunction.Arn',
    '{"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}',
  ];
  for (const uri of ok) assert.deepEqual(await runRules(rule, doc(uri)), [], uri);
  assert.deepEqual(await runRules(rule, doc(FN), { flavour: 'http' }), []);
});
