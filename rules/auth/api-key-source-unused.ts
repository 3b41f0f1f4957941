import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { API_KEY_SOURCE, operationsRequiringApiKey } from '../lib/security.js';

// DG api-gateway-swagger-extensions-api-key-source and DG api-key-usage-plan-oas: the source only
// matters for methods that require an API key (an api_key apiKey scheme in their security).
const rule: ApigwRule = {
  id: 'apigw-api-key-source-unused',
  category: 'auth',
  severity: 'warn',
  description: '`x-amazon-apigateway-api-key-source` is AUTHORIZER but no operation requires an API key.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        // HEADER is the default (DG api-gateway-swagger-extensions-api-key-source): stating it changes
        // nothing, whether or not a method requires a key (corpus: serverless-patterns templates write
        // ApiKeySourceType: HEADER on keyless APIs). AUTHORIZER makes an authorizer's usage identifier
        // key the API key, which nothing then reads.
        if (ctx.flavour !== 'rest' || root[API_KEY_SOURCE] === undefined || root[API_KEY_SOURCE] === 'HEADER') return;
        if (operationsRequiringApiKey(root).length > 0) return;
        return [
          [
            [API_KEY_SOURCE],
            "x-amazon-apigateway-api-key-source is AUTHORIZER, but no operation requires an API key, so the authorizer's usageIdentifierKey is never used and usage plans cannot meter or throttle by key. Add an api_key security scheme (type: apiKey, name: x-api-key, in: header) to the operations' security, or remove the extension.",
          ],
        ];
      }),
    },
  },
};
export default rule;
