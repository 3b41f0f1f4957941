import rule from '../../../rules/endpoint/vpc-endpoint-ids-private.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = swagger2('x-amazon-apigateway-endpoint-configuration:\n  vpcEndpointIds: [vpce-0123]\npaths: {}\n');

// DG api-gateway-swagger-extensions-endpoint-configuration: vpcEndpointIds are for PRIVATE APIs.
ruleTester(rule, {
  valid: [
    { name: 'on a PRIVATE API', code: doc, options: { endpointType: 'PRIVATE' } },
    { name: 'when the endpoint type is unknown', code: doc },
  ],
  invalid: [
    {
      name: 'vpcEndpointIds on a REGIONAL API',
      code: doc,
      options: { endpointType: 'REGIONAL' },
      errors: [
        {
          path: 'x-amazon-apigateway-endpoint-configuration.vpcEndpointIds',
          line: 4,
          message: /endpoint type is REGIONAL/,
        },
      ],
    },
  ],
});
