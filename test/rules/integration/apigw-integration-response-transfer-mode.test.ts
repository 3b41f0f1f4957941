import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-response-transfer-mode.js';

const doc = (type: string, mode: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /chat:
    post:
      x-amazon-apigateway-integration:
        type: ${type}
        responseTransferMode: ${mode}
`;

test('flags STREAM on a non-proxy integration and unknown modes', async () => {
  const r = await runRules(rule, doc('aws', 'STREAM'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-response-transfer-mode',
        'paths./chat.post.x-amazon-apigateway-integration.responseTransferMode',
        8,
      ],
    ],
  );
  assert.match(r[0].message, /only with AWS_PROXY or HTTP_PROXY integrations, not aws/);
  assert.match(
    (await runRules(rule, doc('aws_proxy', 'STREAMING')))[0].message,
    /"STREAMING" is not valid; use BUFFERED or STREAM/,
  );
});

test('accepts STREAM on proxy integrations and BUFFERED anywhere', async () => {
  assert.deepEqual(await runRules(rule, doc('aws_proxy', 'STREAM')), []);
  assert.deepEqual(await runRules(rule, doc('http', 'BUFFERED')), []);
});
