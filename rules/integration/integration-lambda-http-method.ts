import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, quote, ruleFunction, textOf } from '../lib/apigw.js';
import { isLambdaUri } from '../functions/uris.js';

// Lambda is invoked with POST whatever the client's method (DG set-up-lambda-custom-integrations,
// "you must use POST for the integration request"; DG api-gateway-swagger-extensions-integration).
const rule: ApigwRule = {
  id: 'apigw-integration-lambda-http-method',
  category: 'integration',
  severity: 'error',
  description: 'Lambda integrations must call the function with `httpMethod: POST`.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const uri = textOf(integration.uri);
        if (!uri || !isLambdaUri(uri) || integration.integrationSubtype !== undefined) return;
        const method = integration.httpMethod;
        if (method === undefined) return [[[], 'Lambda integration has no `httpMethod`; add `httpMethod: POST` (Lambda is always invoked with POST).']];
        if (isOpaque(method, ctx, [...ctx.path, 'httpMethod'])) return;
        if (typeof method !== 'string' || method.toUpperCase() !== 'POST') {
          return [[['httpMethod'], `Lambda integrations must use \`httpMethod: POST\`, not ${quote(method)}: API Gateway invokes the function with POST whatever the client's method.`]];
        }
      }),
    },
  },
};
export default rule;
