import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, ruleFunction, textOf } from '../lib/apigw.js';
import { httpUriProblem } from '../functions/uris.js';

// HTTP/HTTP_PROXY: a fully formed, encoded http(s) URL; ports 80, 443, 1024-65535 (DG
// setup-http-integrations; BOTO-V1 Integration.uri). HTTP API private integrations use the ARN of
// an ALB/NLB listener or Cloud Map service instead (DG http-api-develop-integrations-private).
const rule: ApigwRule = {
  id: 'apigw-integration-http-uri',
  category: 'integration',
  severity: 'error',
  description: 'HTTP and HTTP_PROXY integrations need an absolute http(s) URL on a supported port.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const type = integrationType(integration);
        if (type !== 'http' && type !== 'http_proxy') return;
        if (integration.uri === undefined)
          return [[[], `${integration.type} integration has no \`uri\`; set the backend URL (https://host/path).`]];
        if (isOpaque(integration.uri, ctx, [...ctx.path, 'uri'])) return;
        const uri = textOf(integration.uri);
        if (uri === undefined) return;
        const vpcLink = String(integration.connectionType ?? '').toUpperCase() === 'VPC_LINK';
        if (ctx.flavour === 'http' && vpcLink && /^arn:/.test(uri)) return;
        const problem = httpUriProblem(uri);
        if (problem) return [[['uri'], problem]];
      }),
    },
  },
};
export default rule;
