import throttleValues from '../../../src/lint/config-rules/throttle-values.js';
import { configRuleTester } from '../../support/rule-tester.js';

// BOTO-V1 ThrottleSettings: rateLimit a double, burstLimit an integer.
configRuleTester(throttleValues, {
  valid: [
    {
      name: 'accepts fractional rates and whole bursts',
      code: 'stages:\n  dev:\n    throttling: {rateLimit: 0.5, burstLimit: 1}\n',
    },
  ],
  invalid: [
    {
      name: 'flags a negative rate and burst',
      code: 'stages:\n  dev:\n    throttling:\n      rateLimit: -1\n      burstLimit: -2\n',
      errors: [
        { path: 'stages.dev.throttling.rateLimit', line: 4 },
        { path: 'stages.dev.throttling.burstLimit', line: 5 },
      ],
    },
  ],
});
