import rule from '../../../rules/endpoint/policy-size.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (resources: number) =>
  swagger2(`paths: {}
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal: '*'
      Action: execute-api:Invoke
      Resource: [${Array.from({ length: resources }, (_, i) => `"execute-api:/prod/GET/resource-number-${i}"`).join(', ')}]
`);

// DG api-gateway-execution-service-limits-table: resource policies up to 8,192 characters by default.
ruleTester(rule, {
  valid: [{ name: 'a small policy', code: doc(3) }],
  invalid: [
    {
      name: 'above 8,192 characters (warn)',
      code: doc(250),
      errors: [{ path: 'x-amazon-apigateway-policy', line: 4, severity: 'warn', message: /the default quota is 8192/ }],
    },
  ],
});
