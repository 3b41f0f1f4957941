import throttleSanity from '../../../src/lint/config-rules/throttle-sanity.js';
import { configRuleTester } from '../../support/rule-tester.js';

// DG api-gateway-request-throttling: account defaults 10,000 rps and a 5,000 burst per Region.
configRuleTester(throttleSanity, {
  valid: [
    {
      name: 'accepts the account defaults themselves (burst below rate is normal)',
      code: 'stages:\n  prod:\n    throttling: {rateLimit: 10000, burstLimit: 5000}\n',
    },
  ],
  invalid: [
    {
      name: 'warns above the account defaults and on a zero burst',
      code: 'stages:\n  prod:\n    throttling: {rateLimit: 20000, burstLimit: 6000}\n    methodSettings:\n      /pets/GET:\n        throttling: {rateLimit: 10, burstLimit: 0}\n',
      errors: [
        {
          path: 'stages.prod.throttling.rateLimit',
          line: 3,
          message: /above the default account limit of 10000 requests\/s/,
        },
        { path: 'stages.prod.throttling.burstLimit', line: 3 },
        {
          path: 'stages.prod.methodSettings./pets/GET.throttling.burstLimit',
          line: 6,
          message: /every request is throttled \(429\)/,
        },
      ],
    },
  ],
});
