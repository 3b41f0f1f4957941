import rule from '../../../rules/integration/integration-streaming-uri.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const fn = 'arn:aws:lambda:us-west-1:111122223333:function:my-function-name';
const buffered = `arn:aws:apigateway:us-west-1:lambda:path/2015-03-31/functions/${fn}/invocations`;
const streaming = `arn:aws:apigateway:us-west-1:lambda:path/2021-11-15/functions/${fn}/response-streaming-invocations`;
const doc = (uri: string, responseTransferMode?: string) =>
  integrationDoc(
    { type: 'aws_proxy', httpMethod: 'POST', uri, ...(responseTransferMode ? { responseTransferMode } : {}) },
    { path: '/a', operation: "responses: {'200': {description: ok}}\n" },
  );
const URI = { path: 'paths./a.get.x-amazon-apigateway-integration.uri', line: 10 };

// DG response-transfer-mode-lambda: streaming uses InvokeWithResponseStream and its own URI.
ruleTester(rule, {
  valid: [
    { name: 'streaming URI with STREAM', code: doc(streaming, 'STREAM') },
    { name: 'buffered URI without a mode', code: doc(buffered) },
    { name: 'buffered URI with BUFFERED', code: doc(buffered, 'BUFFERED') },
    { name: 'a placeholder URI', code: doc('${FnUri}', 'STREAM') },
  ],
  invalid: [
    {
      name: 'STREAM with the buffered URI',
      code: doc(buffered, 'STREAM'),
      errors: [{ ...URI, message: /responseTransferMode is STREAM but uri is the buffered Lambda invocation/ }],
    },
    {
      name: 'the streaming URI without STREAM',
      code: doc(streaming),
      errors: [{ ...URI, message: /responseTransferMode is not set \(BUFFERED\); set responseTransferMode: STREAM/ }],
    },
  ],
});
