import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/cors-proxy-headers.js';
import { PREFLIGHT } from '../../support/fixtures.js';

const doc = (withPreflight: boolean) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
${withPreflight ? PREFLIGHT : ''}`;

test('tells that a Lambda proxy on a CORS path must return the headers itself', async () => {
  const r = await runRules(rule, doc(true));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line, x.severity]),
    [['apigw-cors-proxy-headers', 'paths./pets.post.x-amazon-apigateway-integration.type', 7, 2]],
  );
  assert.match(r[0].message, /the Lambda function must return Access-Control-Allow-Origin itself/);
});

test('stays quiet without a preflight on the path', async () => {
  assert.deepEqual(await runRules(rule, doc(false)), []);
});
