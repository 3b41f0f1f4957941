import stageVariableName from '../../../src/lint/config-rules/stage-variable-name.js';
import { configRuleTester } from '../../support/rule-tester.js';

// API reference Stage.variables: names [A-Za-z0-9_]+.
configRuleTester(stageVariableName, {
  valid: [
    {
      name: 'accepts letters, digits and underscores',
      code: 'stages:\n  dev:\n    variables:\n      table_Name2: pets\n',
    },
  ],
  invalid: [
    {
      name: 'flags names with hyphens, in stage and canary variables',
      code: 'stages:\n  dev:\n    variables:\n      table-name: pets\n    canary:\n      percent: 10\n      variables:\n        fn.alias: live\n',
      errors: [
        {
          path: 'stages.dev.variables.table-name',
          line: 4,
          message: /"table-name" may contain only letters, digits and underscores/,
        },
        { path: 'stages.dev.canary.variables.fn.alias', line: 8 },
      ],
    },
  ],
});
