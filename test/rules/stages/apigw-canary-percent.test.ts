import canaryPercent from '../../../src/lint/config-rules/canary-percent.js';
import { configRuleTester } from '../../support/rule-tester.js';

const canary = (percent: string) => `stages:\n  prod:\n    canary:\n      percent: ${percent}\n`;

// API reference CanarySettings.percentTraffic: 0.0 to 100.0.
configRuleTester(canaryPercent, {
  valid: ['0', '12.5', '100'].map((p) => ({ name: `accepts ${p}`, code: canary(p) })),
  invalid: [
    {
      name: 'flags a percent above 100',
      code: canary('150'),
      errors: [{ path: 'stages.prod.canary.percent', line: 4 }],
    },
  ],
});
