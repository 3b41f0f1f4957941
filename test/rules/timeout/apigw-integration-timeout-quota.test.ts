import rule from '../../../rules/timeout/integration-timeout-quota.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (timeoutInMillis: number) => integrationDoc({ type: 'http_proxy', timeoutInMillis }, { path: '/slow' });
const AT = 'paths./slow.get.x-amazon-apigateway-integration.timeoutInMillis';

// AWS What's New 2024-06: REST integration timeouts above 29 s need a quota increase (Regional and private only).
ruleTester(rule, {
  valid: [
    { name: '29,000 ms', code: doc(29000) },
    { name: 'HTTP APIs', code: doc(60000), options: { flavour: 'http' } },
    { name: 'EDGE (an error of another rule)', code: doc(60000), options: { endpointType: 'EDGE' } },
  ],
  invalid: [
    {
      name: 'above 29,000 ms on a REST API of unknown endpoint type (warn)',
      code: doc(60000),
      errors: [
        {
          path: AT,
          line: 8,
          severity: 'warn',
          message: /Service Quotas increase .*L-E5AE38E3.*edge-optimized APIs cannot go above 29,000 ms/,
        },
      ],
    },
    {
      name: 'names the declared Regional endpoint type',
      code: doc(60000),
      options: { endpointType: 'REGIONAL' },
      errors: [{ path: AT, line: 8, severity: 'warn', message: /for this REGIONAL API/ }],
    },
  ],
});
