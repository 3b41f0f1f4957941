import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';
import { classifyContextVariable, contextReferences, suggestContextVariable } from '../lib/context-variables.js';

// DG api-gateway-mapping-template-reference ("$context Variables for data transformations"); names are
// case-sensitive and an unknown one renders as empty text. AWS adds variables over time, so this is a
// warning (reference §4.1).
const rule: ApigwRule = {
  id: 'apigw-template-context-variable',
  category: 'templates',
  severity: 'warn',
  description: 'Mapping template reads a `$context` variable API Gateway does not define; it renders as empty text.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  flavour: 'rest',
  spectral: {
    given: TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        return contextReferences(text)
          .filter((ref) => classifyContextVariable(ref.name) === 'unknown')
          .map((ref) => {
            const guess = suggestContextVariable(ref.name);
            const hint = guess
              ? ` Did you mean $context.${guess}?`
              : ' Check the name against the $context reference (names are case-sensitive).';
            return templateProblemAt(
              context,
              template,
              text,
              ref.offset,
              `$context.${ref.name} is not a $context variable API Gateway defines for mapping templates; it renders as empty text.${hint}`,
            );
          });
      },
    },
  },
};
export default rule;
