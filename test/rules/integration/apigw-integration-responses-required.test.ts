import rule from '../../../rules/integration/integration-responses-required.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (type: string, responses?: object) =>
  integrationDoc(
    {
      type,
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/Scan',
      ...(responses ? { responses } : {}),
    },
    { swagger: true, path: '/items' },
  );

// DG api-gateway-integration-settings-integration-response: non-proxy integrations need an integration response.
ruleTester(rule, {
  valid: [
    { name: 'responses', code: doc('aws', { default: { statusCode: '200' } }) },
    { name: 'a proxy integration', code: doc('aws_proxy') },
    { name: 'an HTTP API', code: doc('http_proxy'), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'a non-proxy integration without responses',
      code: doc('aws'),
      errors: [
        {
          path: 'paths./items.get.x-amazon-apigateway-integration',
          line: 6,
          message: /aws integration has no `responses`: every call would fail with 500/,
        },
      ],
    },
  ],
});
