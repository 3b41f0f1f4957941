import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN, lineColumn, templateProblemAt, withoutComments } from '../lib/templates.js';
import { scanDirectives } from '../lib/vtl-blocks.js';

// DG apigateway-override-request-response-parameters: "An override can only be applied once per
// parameter ... trying to apply the same override multiple times results in 5XX responses"; compute
// the value into a variable and set the override once (reference §4.5).
const rule: ApigwRule = {
  id: 'apigw-template-override-twice',
  category: 'templates',
  severity: 'error',
  description:
    'The same `$context.requestOverride`/`responseOverride` parameter is set twice on one path through the template (5XX at run time).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html',
  flavour: 'rest',
  spectral: {
    given: TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        const overrides = scanDirectives(text).sets.filter((s) =>
          /^context\.(request|response)Override\./.test(s.target),
        );
        const problems: IFunctionResult[] = [];
        overrides.forEach((later, i) => {
          // Both run together when the earlier one's branch chain is a prefix of the later one's.
          const earlier = overrides
            .slice(0, i)
            .find((e) => e.target === later.target && e.branch.every((b, n) => later.branch[n] === b));
          if (!earlier) return;
          const first = lineColumn(text, earlier.offset);
          problems.push(
            templateProblemAt(
              context,
              template,
              text,
              later.offset,
              `$${later.target} is already set at template line ${first.line}; API Gateway applies an override only once and answers 5XX when it is set again. Compute the value in a variable and set the override once at the end.`,
            ),
          );
        });
        return problems;
      },
    },
  },
};
export default rule;
