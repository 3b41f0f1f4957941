import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN, templateProblem } from '../lib/templates.js';
import { parseTemplate } from '../../src/vtl/index.js';

// DG api-gateway-mapping-template-reference / models-mappings: templates are Apache Velocity (VTL); a
// template that does not parse fails the request with 500 "Internal server error" at run time (the
// import does not parse templates).
const rule: ApigwRule = {
  id: 'apigw-template-syntax',
  category: 'templates',
  severity: 'error',
  description: 'Mapping template is not valid VTL (Velocity); requests that use it fail with 500.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  flavour: 'rest',
  spectral: {
    given: TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        // CloudFormation/import placeholders (`${AWS::Region}`) are replaced before API Gateway parses the
        // template; blank them with a same-length token so positions still match.
        const result = parseTemplate(template.replace(/\$\{[^}]*::[^}]*\}/g, (m) => 'x'.repeat(m.length)));
        if (result.ok) return [];
        return [
          templateProblem(
            context,
            template,
            result.line,
            result.column,
            `${result.message}. API Gateway cannot render this template and answers 500; fix the VTL.`,
          ),
        ];
      },
    },
  },
};
export default rule;
