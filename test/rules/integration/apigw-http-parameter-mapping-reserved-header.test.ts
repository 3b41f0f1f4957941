import rule from '../../../rules/integration/http-parameter-mapping-reserved-header.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// GET /pets with an HTTP proxy integration; the mappings from line 11.
const doc = (mappings: Record<string, unknown>) =>
  integrationDoc({
    type: 'http_proxy',
    httpMethod: 'GET',
    uri: 'https://example.com/pets',
    payloadFormatVersion: '1.0',
    ...mappings,
  });
const INTEGRATION = 'paths./pets.get.x-amazon-apigateway-integration';
const http = { flavour: 'http' as const };

// DG http-api-parameter-mapping, "Reserved headers".
ruleTester(rule, {
  valid: [
    {
      name: 'ordinary headers',
      code: doc({ requestParameters: { 'append:header.x-trace': '$context.requestId' } }),
      options: http,
    },
    {
      name: 'REST APIs are not checked',
      code: doc({ requestParameters: { 'overwrite:header.Authorization': 'x' } }),
      options: { flavour: 'rest' },
    },
  ],
  invalid: [
    {
      name: 'a mapping that writes a reserved header (request and response)',
      code: doc({
        requestParameters: {
          'overwrite:header.Authorization': '$request.header.X-Token',
          'append:header.x-trace': '$context.requestId',
        },
        responseParameters: { '200': { 'overwrite:header.X-Amzn-RequestId': '$context.requestId' } },
      }),
      options: http,
      errors: [
        {
          path: `${INTEGRATION}.requestParameters.overwrite:header.Authorization`,
          line: 12,
          message: /changes the reserved header Authorization/,
        },
        { path: `${INTEGRATION}.responseParameters.200.overwrite:header.X-Amzn-RequestId`, line: 16 },
      ],
    },
  ],
});
