import stageVariableValue from '../../../src/lint/config-rules/stage-variable-value.js';
import { configRuleTester } from '../../support/rule-tester.js';

const variables = (lines: string) => `stages:\n  dev:\n    variables:\n${lines}`;

// API reference Stage.variables: values [A-Za-z0-9-._~:/?#&=,]+, at most 512 characters.
configRuleTester(stageVariableValue, {
  valid: [
    {
      name: 'accepts URLs, ARNs and apigw.yaml placeholders',
      code: variables(
        '      url: https://api.example.com/v1?x=1&y=2#f\n      fn: arn:aws:lambda:eu-west-1:123456789012:function:pets\n      table: ${table}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'flags spaces and other characters outside the allowed set',
      code: variables('      greeting: hello world!\n'),
      errors: [
        {
          path: 'stages.dev.variables.greeting',
          line: 4,
          message: /contains space, "!"; values may use only letters, digits and/,
        },
      ],
    },
    {
      name: 'flags values over 512 characters',
      code: variables(`      long: ${'a'.repeat(513)}\n`),
      errors: [{ path: 'stages.dev.variables.long', line: 4, message: /is 513 characters; the limit is 512/ }],
    },
  ],
});
