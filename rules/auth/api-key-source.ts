import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { API_KEY_SOURCE, operationKinds, operationsRequiringApiKey, methodLabel } from '../lib/security.js';

// DG api-gateway-swagger-extensions-api-key-source: HEADER (X-API-Key header) or AUTHORIZER
// (usageIdentifierKey returned by a Lambda authorizer); BOTO-V1 ApiKeySourceType. With AUTHORIZER, a
// method without a Lambda authorizer has no key to check and answers 403.
const rule: ApigwRule = {
  id: 'apigw-api-key-source',
  category: 'auth',
  severity: 'error',
  description:
    '`x-amazon-apigateway-api-key-source` must be HEADER or AUTHORIZER, and AUTHORIZER needs a Lambda authorizer on every key-protected method.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        const source = root[API_KEY_SOURCE];
        if (source === undefined || isOpaque(source, ctx, [API_KEY_SOURCE])) return;
        if (typeof source !== 'string' || !['HEADER', 'AUTHORIZER'].includes(source.toUpperCase())) {
          return [
            [
              [API_KEY_SOURCE],
              `x-amazon-apigateway-api-key-source must be HEADER or AUTHORIZER, got ${quote(source)}.`,
            ],
          ];
        }
        if (source.toUpperCase() !== 'AUTHORIZER') return;
        return operationsRequiringApiKey(root)
          .filter((op) => !operationKinds(root, op.operation).has('lambda'))
          .map((op) => [
            [...op.path, 'security'],
            `${methodLabel(op.method)} ${op.pathKey} requires an API key, but the API reads keys from a Lambda authorizer (api-key-source AUTHORIZER) and this method has none: every call gets 403. Add a Lambda authorizer that returns usageIdentifierKey, or use api-key-source HEADER.`,
          ]);
      }),
    },
  },
};
export default rule;
