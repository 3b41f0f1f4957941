import rule from '../../../rules/integration/integration-request-parameters.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (params: Record<string, string>) =>
  integrationDoc({ type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/{id}', requestParameters: params });

// API Integration.requestParameters; DG request-response-data-mappings (sources).
ruleTester(rule, {
  valid: [
    {
      name: 'every documented source',
      code: doc({
        'integration.request.path.id': 'method.request.path.id',
        'integration.request.header.x-a': 'method.request.multivalueheader.a',
        'integration.request.header.x-b': 'method.request.body.user.id',
        'integration.request.querystring.stage': 'stageVariables.env',
        'integration.request.header.x-c': 'context.requestId',
        'integration.request.header.x-d': "'static'",
      }),
    },
    { name: 'deploy-time placeholders are left alone', code: doc({ 'integration.request.header.x': '${Value}' }) },
  ],
  invalid: [
    {
      name: 'a key that is not integration.request.*, and an unquoted static value',
      code: doc({
        'method.request.header.x': 'method.request.header.x',
        'integration.request.header.y': 'application/json',
      }),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.requestParameters.method.request.header.x',
          line: 11,
          message: /is not integration\.request\.\{header\|querystring\|path\}\.\{name\}/,
        },
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.requestParameters.integration.request.header.y',
          line: 12,
          message: /single-quoted static value \('application\/json'\)/,
        },
      ],
    },
  ],
});
