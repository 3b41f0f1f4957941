import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';
import { classifyContextVariable, contextReferences } from '../lib/context-variables.js';

// DG api-gateway-variables-for-access-logging: these variables exist only for access logging (they
// describe the finished request: status, latencies, integration results), so a mapping template that
// reads them always gets empty text (reference §4.2).
const rule: ApigwRule = {
  id: 'apigw-template-access-log-variable',
  category: 'templates',
  severity: 'error',
  description:
    'Mapping template reads a `$context` variable that exists only for access logging; it is always empty there.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html',
  flavour: 'rest',
  spectral: {
    given: TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        return contextReferences(text)
          .filter((ref) => classifyContextVariable(ref.name) === 'access-log-only')
          .map((ref) => {
            return templateProblemAt(
              context,
              template,
              text,
              ref.offset,
              `$context.${ref.name} is an access-logging variable; mapping templates run before it has a value, so it is always empty. Log it in the stage's access log format instead.`,
            );
          });
      },
    },
  },
};
export default rule;
