import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, ruleFunction, textOf } from '../lib/apigw.js';
import { awsServiceUriProblem, isLambdaUri } from '../functions/uris.js';

// AWS service URIs: arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/...
// (BOTO-V1 Integration.uri; DG integration-request-basic-setup).
const rule: ApigwRule = {
  id: 'apigw-integration-aws-service-uri',
  category: 'integration',
  severity: 'error',
  description:
    'AWS service integrations need a URI of the form arn:aws:apigateway:{region}:{service}:path/… or …:action/….',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (integrationType(integration) !== 'aws') return;
        if (integration.uri === undefined || isOpaque(integration.uri, ctx, [...ctx.path, 'uri'])) return;
        const uri = textOf(integration.uri);
        if (uri === undefined || isLambdaUri(uri)) return;
        const problem = awsServiceUriProblem(uri);
        if (problem) return [[['uri'], problem]];
      }),
    },
  },
};
export default rule;
