import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

const REST_TYPES = ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock'];
const HTTP_TYPES = ['aws_proxy', 'http_proxy'];

// REST: DG api-gateway-swagger-extensions-integration (type enum); HTTP APIs take only AWS_PROXY and
// HTTP_PROXY, other types are import warnings and leave the route without a backend
// (DG http-api-open-api, "Import warnings": the documented example is an AWS integration).
const rule: ApigwRule = {
  id: 'apigw-integration-type',
  category: 'integration',
  severity: 'error',
  description: 'Integration `type` is missing or not one API Gateway supports for this API type.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if ('$ref' in integration) return;
        if (integration.type === undefined)
          return [[[], 'Integration has no `type`; set one of AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK.']];
        if (isOpaque(integration.type, ctx, [...ctx.path, 'type'])) return;
        const type = integrationType(integration);
        if (type === undefined)
          return [[['type'], `Integration \`type\` must be a string, got ${quote(integration.type)}.`]];
        if (ctx.flavour === 'http') {
          if (HTTP_TYPES.includes(type)) return;
          if (REST_TYPES.includes(type)) {
            return [
              [
                ['type'],
                `HTTP APIs support only AWS_PROXY and HTTP_PROXY integrations; ${integration.type} is dropped at import and the route gets no backend. Use AWS_PROXY (Lambda or an integrationSubtype) or HTTP_PROXY.`,
              ],
            ];
          }
          return [
            [
              ['type'],
              `Unknown integration type ${quote(integration.type)}; HTTP APIs support AWS_PROXY and HTTP_PROXY.`,
            ],
          ];
        }
        if (!REST_TYPES.includes(type))
          return [
            [
              ['type'],
              `Unknown integration type ${quote(integration.type)}; use one of AWS, AWS_PROXY, HTTP, HTTP_PROXY or MOCK.`,
            ],
          ];
      }),
    },
  },
};
export default rule;
