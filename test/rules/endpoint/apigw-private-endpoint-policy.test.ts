import rule from '../../../rules/endpoint/private-endpoint-policy.js';
import { oas3, swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const privateApi = (policy = '') =>
  oas3(`servers:
  - url: https://example.com
    x-amazon-apigateway-endpoint-configuration:
      vpcEndpointIds: [vpce-0123]
paths: {}
${policy}`);

ruleTester(rule, {
  valid: [
    {
      name: 'a private API with a policy',
      code: privateApi('x-amazon-apigateway-policy: {Version: "2012-10-17", Statement: []}\n'),
    },
    { name: 'an API of unknown endpoint type', code: swagger2('paths: {}\n') },
  ],
  invalid: [
    {
      name: 'a private API (vpcEndpointIds) without a resource policy',
      code: privateApi(),
      errors: [{ path: 'servers', line: 3, message: /PRIVATE API but it has no x-amazon-apigateway-policy/ }],
    },
    {
      name: 'a private API declared in apigw.yaml',
      code: swagger2('paths: {}\n'),
      options: { endpointType: 'PRIVATE' },
      errors: [{ path: 'paths', line: 3 }],
    },
  ],
});
