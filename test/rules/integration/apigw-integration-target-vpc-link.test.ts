import rule from '../../../rules/integration/integration-target-vpc-link.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const FIELD = 'paths./pets.get.x-amazon-apigateway-integration.integrationTarget';
const ALB = 'arn:aws:elasticloadbalancing:us-east-2:111122223333:loadbalancer/app/orders/1234567890abcdef';
const base = { type: 'http_proxy', httpMethod: 'GET', uri: 'https://orders.internal.example.com' };

// API Integration / DG set-up-private-integration: integrationTarget goes with connectionType VPC_LINK.
ruleTester(rule, {
  valid: [
    {
      name: 'a private integration through a VPC link V2',
      code: integrationDoc({ ...base, connectionType: 'VPC_LINK', connectionId: 'abc123', integrationTarget: ALB }),
      options: { flavour: 'rest' },
    },
    {
      name: 'a connectionType placeholder (Terraform ${...}) is not judged',
      code: integrationDoc({ ...base, connectionType: '${connection_type}', integrationTarget: ALB }),
      options: { flavour: 'rest' },
    },
    { name: 'a public integration without a target', code: integrationDoc(base), options: { flavour: 'rest' } },
    {
      name: "HTTP APIs are apigw-integration-field-ignored's case",
      code: integrationDoc({ ...base, payloadFormatVersion: '1.0', integrationTarget: ALB }),
      options: { flavour: 'http' },
    },
  ],
  invalid: [
    {
      name: 'a public integration naming a load balancer',
      code: integrationDoc({ ...base, integrationTarget: ALB }),
      options: { flavour: 'rest' },
      errors: [{ path: FIELD, line: 10, message: /this integration is public \(no connectionType\)/ }],
    },
    {
      name: 'connectionType INTERNET',
      code: integrationDoc({ ...base, connectionType: 'INTERNET', integrationTarget: ALB }),
      options: { flavour: 'rest' },
      errors: [{ path: FIELD, line: 11, message: /connectionType "INTERNET"/ }],
    },
  ],
});
