import type { ApigwRule } from '../lib/rule.js';
import { isObject, operationsOf, ruleFunction } from '../lib/apigw.js';

// x-amazon-apigateway-cors configures HTTP APIs only (DG api-gateway-swagger-extensions-cors-
// configuration); a REST import does not turn it into anything (not documented to fail: it is
// silently dropped), so REST APIs that rely on it answer no preflight.
const REST_ROOT = [
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-api-key-source',
  'x-amazon-apigateway-minimum-compression-size',
];
const REST_INTEGRATION = ['requestTemplates', 'passthroughBehavior', 'cacheKeyParameters', 'contentHandling'];

/** Why the document is a REST API although it carries the HTTP-only CORS extension, or undefined. */
function restEvidence(root: any): string | undefined {
  if (root.swagger !== undefined) return 'it is a Swagger 2.0 document (HTTP APIs import OpenAPI 3.0 only)';
  const key = REST_ROOT.find((k) => k in root);
  if (key) return `it uses ${key}`;
  for (const [path, item] of Object.entries(isObject(root.paths) ? root.paths : {})) {
    for (const [, op] of operationsOf(item)) {
      const field = REST_INTEGRATION.find(
        (f) => isObject(op['x-amazon-apigateway-integration']) && f in op['x-amazon-apigateway-integration'],
      );
      if (field) return `${path} uses the REST-only integration field ${field}`;
      if (String(op['x-amazon-apigateway-integration']?.type).toLowerCase() === 'mock')
        return `${path} uses a MOCK integration`;
    }
  }
  return undefined;
}

const rule: ApigwRule = {
  id: 'apigw-cors-rest-extension-ignored',
  category: 'cors',
  severity: 'warn',
  flavour: 'rest',
  description: '`x-amazon-apigateway-cors` on a REST API is silently ignored; REST APIs need OPTIONS methods.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html',
  spectral: {
    given: "$['x-amazon-apigateway-cors']",
    then: {
      function: ruleFunction((_cors, ctx) => {
        const why = restEvidence(ctx.root) ?? (ctx.flavour === 'rest' ? 'the API type is REST' : undefined);
        if (!why) return;
        return [
          [
            [],
            `x-amazon-apigateway-cors configures HTTP APIs only, and this is a REST API (${why}): API Gateway ignores it. Model CORS with an options method (MOCK integration) per path and CORS headers on responses.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
