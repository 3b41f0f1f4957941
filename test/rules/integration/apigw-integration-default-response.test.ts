import rule from '../../../rules/integration/integration-default-response.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (key: string) =>
  integrationDoc(
    { type: 'http', httpMethod: 'GET', uri: 'https://example.com/items', responses: { [key]: { statusCode: '200' } } },
    { swagger: true, path: '/items' },
  );

// DG api-gateway-swagger-extensions-integration-responses: a response matching no selection pattern is a 500.
ruleTester(rule, {
  valid: [{ name: 'responses with default', code: doc('default') }],
  invalid: [
    {
      name: 'integration responses without default',
      code: doc('2\\d{2}'),
      errors: [
        {
          path: 'paths./items.get.x-amazon-apigateway-integration.responses',
          line: 10,
          message: /matching none of "2\\d\{2\}" becomes a 500/,
        },
      ],
    },
  ],
});
