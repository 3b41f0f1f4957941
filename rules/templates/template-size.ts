import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN } from '../lib/templates.js';

// DG api-gateway-execution-service-limits-table and api-gateway-known-issues: "The maximum size of a
// mapping template is 300 KB" (not adjustable). 300 KB is taken as 300 × 1024 bytes of UTF-8, like
// src/vtl's defaultLimits.maxTemplateBytes.
const LIMIT = 300 * 1024;

const rule: ApigwRule = {
  id: 'apigw-template-size',
  category: 'templates',
  severity: 'error',
  description: 'Mapping template is larger than 300 KB, the fixed API Gateway limit.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  flavour: 'rest',
  spectral: {
    given: [...TEMPLATE_GIVEN, "$['x-amazon-apigateway-gateway-responses'][*].responseTemplates[*]"],
    then: {
      function: (template: unknown, _options: unknown, _context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const bytes = new TextEncoder().encode(template).length;
        if (bytes <= LIMIT) return [];
        return [
          {
            message: `Mapping template is ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB); API Gateway accepts at most 300 KB per template and the limit cannot be raised. Move static data to the backend or split the logic.`,
          },
        ];
      },
    },
  },
};
export default rule;
