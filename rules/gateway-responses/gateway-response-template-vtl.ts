import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { GATEWAY_RESPONSES } from '../lib/gateway-responses.js';
import { templateProblemAt, withoutComments } from '../lib/templates.js';

// DG api-gateway-gatewayResponse-definition: gateway response templates "aren't processed by the VTL
// engine"; only simple variable substitution of $context, $stageVariables and method request
// parameters happens, so directives and $util/$input calls are sent to the client as written.
const VTL_ONLY = /#\{?(if|elseif|else|end|set|foreach|macro|define|parse|include|evaluate)\b|\$!?\{?(util|input)\./g;

const rule: ApigwRule = {
  id: 'apigw-gateway-response-template-vtl',
  category: 'gateway-responses',
  severity: 'warn',
  description:
    'Gateway response templates are not VTL: directives and `$util`/`$input` are returned to the client as written.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html',
  flavour: 'rest',
  spectral: {
    given: `$['${GATEWAY_RESPONSES}'][*].responseTemplates[*]`,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        const first = VTL_ONLY.exec(text);
        VTL_ONLY.lastIndex = 0;
        if (!first) return [];
        return [
          templateProblemAt(
            context,
            template,
            text,
            first.index,
            `"${first[0]}" in a gateway response template is not evaluated: these templates only substitute $context.*, $stageVariables.* and method request parameters, so the client receives the text as written. Use plain substitutions only.`,
          ),
        ];
      },
    },
  },
};
export default rule;
