import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { REQUEST_TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';
import { scanDirectives } from '../lib/vtl-blocks.js';

// DG api-gateway-execution-service-limits-table: "Number of iterations in a #foreach ... loop in mapping
// templates: 1,000" (not adjustable). A loop over client-supplied data has no size the API controls.
// `$input.params()` is left out: headers and query strings are bounded by the request-size quotas.
const REQUEST_DATA = /\$!?\{?(input\.(path|json|body)|util\.parseJson)/;

const rule: ApigwRule = {
  id: 'apigw-template-foreach-unbounded',
  category: 'templates',
  severity: 'warn',
  description: '`#foreach` over request data with no bound: API Gateway stops every loop after 1,000 iterations.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  flavour: 'rest',
  spectral: {
    given: REQUEST_TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        const { loops, sets } = scanDirectives(text);
        // Variables holding request data (`#set($items = $input.path('$.items'))`), followed transitively.
        const fromRequest = new Set<string>();
        for (const set of sets) {
          const refs = [...set.value.matchAll(/\$!?\{?([A-Za-z_]\w*)/g)].map((m) => m[1]);
          if (REQUEST_DATA.test(set.value) || refs.some((r) => fromRequest.has(r)))
            fromRequest.add(set.target.split(/[.[]/)[0]);
        }
        return loops
          .filter((loop) => {
            const root = /^\$!?\{?([A-Za-z_]\w*)/.exec(loop.iterable)?.[1];
            const fromClient = REQUEST_DATA.test(loop.iterable) || (root !== undefined && fromRequest.has(root));
            const bounded = /\.subList\s*\(/.test(loop.iterable) || /#\{?(break|stop)\b/.test(loop.body);
            return fromClient && !bounded;
          })
          .map((loop) => {
            return templateProblemAt(
              context,
              template,
              text,
              loop.offset,
              `#foreach over ${loop.iterable} iterates over client-supplied data; API Gateway stops any loop after 1,000 iterations, so larger requests are cut short. Validate the array size (maxItems in a request model) or stop explicitly (#if($foreach.count > N)#break#end).`,
            );
          });
      },
    },
  },
};
export default rule;
