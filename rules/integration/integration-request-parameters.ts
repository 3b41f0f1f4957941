import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, isObject, isOpaque, ruleFunction } from '../lib/apigw.js';

// API Integration.requestParameters: "The key must match the pattern
// integration.request.{location}.{name}, where location is querystring, path, or header"; the value
// is a method request parameter (method.request.{location}.{name}), the method request body
// (method.request.body[.JSONPath]), a stage variable, a context variable or a single-quoted static
// value (DG request-response-data-mappings). Anything else: "Invalid mapping expression specified".
// Which method parameters exist is apigw-xref-method-parameter's question, not this rule's.
const KEY = /^integration\.request\.(header|querystring|path)\.[^\s.][^\s]*$/;
const VALUE =
  /^('[\s\S]*'|method\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.[^\s]+|method\.request\.body(\.[^\s]+)?|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/;

const rule: ApigwRule = {
  id: 'apigw-integration-request-parameters',
  category: 'integration',
  severity: 'error',
  flavour: 'rest',
  description:
    'REST integration `requestParameters`: keys `integration.request.{header|querystring|path}.{name}`, values a method request parameter, body, stage/context variable or a quoted static value.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html',
  spectral: {
    given: `$.paths[*][*].${INTEGRATION}.requestParameters`,
    then: {
      function: ruleFunction((params, ctx) => {
        if (!isObject(params)) return;
        const problems: Array<[string[], string]> = [];
        for (const [key, value] of Object.entries(params)) {
          if (/\$\{/.test(key)) continue;
          if (!KEY.test(key)) {
            problems.push([
              [key],
              `requestParameters key "${key}" is not integration.request.{header|querystring|path}.{name}; API Gateway rejects it ("Invalid mapping expression specified").`,
            ]);
            continue;
          }
          if (typeof value !== 'string' || isOpaque(value, ctx, [...ctx.path, key]) || /\$\{/.test(value)) continue;
          if (!VALUE.test(value.trim()))
            problems.push([
              [key],
              `requestParameters["${key}"] = "${value}" is not a mapping source API Gateway knows: use method.request.{header|querystring|path}.{name}, method.request.body, stageVariables.{name}, context.{name}, or a single-quoted static value ('${value}').`,
            ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
