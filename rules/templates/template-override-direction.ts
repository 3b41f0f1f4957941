import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { RESPONSE_TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';

// DG apigateway-override-request-response-parameters: $context.requestOverride is for integration
// request templates (it changes what is sent to the backend); in a response template the request has
// already been sent, so the assignment has no effect (reference §4.5).
const rule: ApigwRule = {
  id: 'apigw-template-override-direction',
  category: 'templates',
  severity: 'warn',
  description: '`$context.requestOverride` set in a response template has no effect: the request was already sent.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html',
  flavour: 'rest',
  spectral: {
    given: RESPONSE_TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        return [...text.matchAll(/\$!?\{?context\.requestOverride\b[\w.]*/g)].map((m) => {
          return templateProblemAt(
            context,
            template,
            text,
            m.index!,
            `${m[0].replace(/^\$!?\{?/, '$')} in an integration response template has no effect: the backend request was already sent. Set request overrides in the integration request template, and use $context.responseOverride here.`,
          );
        });
      },
    },
  },
};
export default rule;
