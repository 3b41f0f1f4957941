import rule from '../../../rules/integration/integration-response-transfer-mode.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (type: string, responseTransferMode: string) =>
  integrationDoc({ type, responseTransferMode }, { path: '/chat', method: 'post' });
const AT = { path: 'paths./chat.post.x-amazon-apigateway-integration.responseTransferMode', line: 8 };

// DG response-transfer-mode: STREAM with proxy integrations only; BUFFERED or STREAM.
ruleTester(rule, {
  valid: [
    { name: 'STREAM on a proxy integration', code: doc('aws_proxy', 'STREAM') },
    { name: 'BUFFERED anywhere', code: doc('http', 'BUFFERED') },
  ],
  invalid: [
    {
      name: 'STREAM on a non-proxy integration',
      code: doc('aws', 'STREAM'),
      errors: [{ ...AT, message: /only with AWS_PROXY or HTTP_PROXY integrations, not aws/ }],
    },
    {
      name: 'an unknown mode',
      code: doc('aws_proxy', 'STREAMING'),
      errors: [{ ...AT, message: /"STREAMING" is not valid; use BUFFERED or STREAM/ }],
    },
  ],
});
