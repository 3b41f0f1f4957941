import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-streaming-uri.js';

const fn = 'arn:aws:lambda:us-west-1:111122223333:function:my-function-name';
const doc = (uri: string, mode?: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: ${uri}
${mode ? `        responseTransferMode: ${mode}\n` : ''}`;
const buffered = `arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${fn}/invocations`;
const streaming = `arn:aws:apigateway:us-west-1:lambda:path/2021-11-15/functions/${fn}/response-streaming-invocations`;

// DG response-transfer-mode-lambda: streaming uses InvokeWithResponseStream and its own URI.
test('STREAM with the buffered URI, and the streaming URI without STREAM', async () => {
  const a = await runRules(rule, doc(buffered, 'STREAM'));
  assert.deepEqual(
    a.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-streaming-uri', 'paths./a.get.x-amazon-apigateway-integration.uri', 10]],
  );
  assert.match(a[0].message, /responseTransferMode is STREAM but uri is the buffered Lambda invocation/);
  const b = await runRules(rule, doc(streaming));
  assert.match(b[0].message, /responseTransferMode is not set \(BUFFERED\); set responseTransferMode: STREAM/);
  assert.equal(b.length, 1);
});

test('matching mode and URI, and placeholders, pass', async () => {
  assert.deepEqual(await runRules(rule, doc(streaming, 'STREAM')), []);
  assert.deepEqual(await runRules(rule, doc(buffered)), []);
  assert.deepEqual(await runRules(rule, doc(buffered, 'BUFFERED')), []);
  assert.deepEqual(await runRules(rule, doc('${FnUri}', 'STREAM')), []);
});
