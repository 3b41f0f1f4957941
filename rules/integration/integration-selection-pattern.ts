import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, isOpaque, isProxy, quote, ruleFunction } from '../lib/apigw.js';
import { javaRegexProblem } from '../lib/java-regex.js';

// DG api-gateway-swagger-extensions-integration-response: the response key / selectionPattern is a
// regular expression (Java syntax: API Gateway matches it with java.util.regex) against the
// backend's status code (HTTP) or error message (Lambda). PutIntegrationResponse rejects a pattern
// that does not compile ("Invalid selection pattern").
const rule: ApigwRule = {
  id: 'apigw-integration-selection-pattern',
  category: 'integration',
  severity: 'error',
  description: 'An integration response `selectionPattern` (or response key) must be a valid Java regular expression.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html',
  flavour: 'rest',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (ctx.flavour !== 'rest' || isProxy(integration) || !isObject(integration.responses)) return;
        const out: Array<[Array<string | number>, string]> = [];
        for (const [key, response] of Object.entries(integration.responses)) {
          // The key is the pattern unless the response states its own selectionPattern.
          const own = isObject(response) && response.selectionPattern !== undefined;
          const pattern = own ? (response as any).selectionPattern : key;
          if (!own && key === 'default') continue;
          if (typeof pattern !== 'string' || isOpaque(pattern)) continue;
          const problem = javaRegexProblem(pattern);
          if (problem)
            out.push([
              own ? ['responses', key, 'selectionPattern'] : ['responses', key],
              `selectionPattern ${quote(pattern)} is not a valid Java regular expression (${problem}); the integration response cannot be created.`,
            ]);
        }
        return out;
      }),
    },
  },
};
export default rule;
