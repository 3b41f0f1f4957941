import usagePlanQuota from '../../../src/lint/config-rules/usage-plan-quota.js';
import { configRuleTester } from '../../support/rule-tester.js';

// API reference QuotaSettings: limit an integer, period DAY|WEEK|MONTH, offset an integer.
configRuleTester(usagePlanQuota, {
  valid: [
    {
      name: 'accepts a valid quota',
      code: 'usagePlans:\n  - name: basic\n    quota: {limit: 1000, period: MONTH, offset: 0}\n',
    },
  ],
  invalid: [
    {
      name: 'flags a zero limit and a negative offset',
      code: 'stages:\n  prod: {}\nusagePlans:\n  - name: basic\n    stages: [prod]\n    quota: {limit: 0, period: DAY, offset: -1}\n',
      errors: [
        { path: 'usagePlans.0.quota.limit', line: 6 },
        { path: 'usagePlans.0.quota.offset', line: 6 },
      ],
    },
  ],
});
