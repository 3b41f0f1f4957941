import usagePlanStage from '../../../src/lint/config-rules/usage-plan-stage.js';
import { configRuleTester } from '../../support/rule-tester.js';

const plan = (stages: string) => `stages:\n  prod: {}\nusagePlans:\n  - name: basic\n    stages: [${stages}]\n`;

// API reference ApiStage: a usage plan's stages must be stages of the API.
configRuleTester(usagePlanStage, {
  valid: [{ name: 'accepts defined stages', code: plan('prod') }],
  invalid: [
    {
      name: 'flags a usage plan naming an undefined stage',
      code: plan('prod, staging'),
      errors: [
        {
          path: 'usagePlans.0.stages.1',
          line: 5,
          message: /uses stage "staging", which is not under stages: \(defined: prod\)/,
        },
      ],
    },
  ],
});
