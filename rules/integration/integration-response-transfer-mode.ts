import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, isProxy, quote, ruleFunction } from '../lib/apigw.js';

// responseTransferMode BUFFERED (default) or STREAM; streaming only with HTTP_PROXY/AWS_PROXY and
// incompatible with response mapping (DG response-transfer-mode; BOTO-V1 ResponseTransferMode).
const rule: ApigwRule = {
  id: 'apigw-integration-response-transfer-mode',
  category: 'integration',
  severity: 'error',
  flavour: 'rest',
  description: '`responseTransferMode` is BUFFERED or STREAM, and STREAM needs an AWS_PROXY or HTTP_PROXY integration.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const mode = integration.responseTransferMode;
        if (ctx.flavour !== 'rest' || mode === undefined || isOpaque(mode, ctx, [...ctx.path, 'responseTransferMode']))
          return;
        if (mode !== 'BUFFERED' && mode !== 'STREAM')
          return [
            [['responseTransferMode'], `responseTransferMode ${quote(mode)} is not valid; use BUFFERED or STREAM.`],
          ];
        if (mode === 'STREAM' && !isProxy(integration))
          return [
            [
              ['responseTransferMode'],
              `Response streaming works only with AWS_PROXY or HTTP_PROXY integrations, not ${integration.type}.`,
            ],
          ];
      }),
    },
  },
};
export default rule;
