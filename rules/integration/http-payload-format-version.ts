import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, quote, ruleFunction, textOf } from '../lib/apigw.js';
import { isLambdaUri } from '../functions/uris.js';

// payloadFormatVersion: 1.0 or 2.0 for Lambda proxy, 1.0 only for everything else (BOTO-V2
// CreateIntegrationRequest.PayloadFormatVersion). Official examples write it as a number too.
const rule: ApigwRule = {
  id: 'apigw-http-payload-format-version',
  category: 'integration',
  severity: 'error',
  flavour: 'http',
  description: 'HTTP API `payloadFormatVersion` must be 1.0 or 2.0, and 2.0 only for Lambda proxy integrations.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const value = integration.payloadFormatVersion;
        if (
          ctx.flavour !== 'http' ||
          value === undefined ||
          isOpaque(value, ctx, [...ctx.path, 'payloadFormatVersion'])
        )
          return;
        const version = value === 1 ? '1.0' : value === 2 ? '2.0' : String(value);
        if (version !== '1.0' && version !== '2.0')
          return [[['payloadFormatVersion'], `payloadFormatVersion ${quote(value)} is not valid; use "1.0" or "2.0".`]];
        const uri = textOf(integration.uri);
        const lambda =
          integrationType(integration) === 'aws_proxy' &&
          integration.integrationSubtype === undefined &&
          (uri === undefined || isLambdaUri(uri) || uri.includes('${'));
        if (version === '2.0' && !lambda)
          return [
            [
              ['payloadFormatVersion'],
              'payloadFormatVersion 2.0 applies only to Lambda proxy integrations; use "1.0" here.',
            ],
          ];
      }),
    },
  },
};
export default rule;
