import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';

// A static header value in a response mapping is a single-quoted string ('*'); anything else must
// be a mapping expression, or the import fails with "Invalid mapping expression specified"
// (DG request-response-data-mappings; api-gateway-swagger-extensions-integration-responseParameters).
const EXPRESSION =
  /^(integration\.response\.(header|multivalueheader)\.[^.]+|integration\.response\.body(\..+)?|method\.request\.(path|querystring|header|multivalueheader|multivaluequerystring)\.[^.]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/;

const rule: ApigwRule = {
  id: 'apigw-cors-header-value-quoted',
  category: 'cors',
  severity: 'error',
  flavour: 'rest',
  description: "Static CORS header values in response mappings must be single-quoted ('*'), or the import fails.",
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
  spectral: {
    given: [
      '$.paths[*][*].x-amazon-apigateway-integration.responses[*].responseParameters',
      "$['x-amazon-apigateway-gateway-responses'][*].responseParameters",
    ],
    then: {
      function: ruleFunction((params, ctx) => {
        if (ctx.flavour !== 'rest' || !isObject(params)) return;
        const problems: Array<[string[], string]> = [];
        for (const [target, value] of Object.entries(params)) {
          if (!/\.header\.access-control-/i.test(target) || typeof value !== 'string') continue;
          if (/^'.*'$/s.test(value) || EXPRESSION.test(value) || value.includes('${')) continue;
          problems.push([
            [target],
            `${target} is set to ${value}, which is neither a quoted static value nor a mapping expression; the import fails. Write "'${value.replace(/^"|"$/g, '')}'" (with the single quotes).`,
          ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
