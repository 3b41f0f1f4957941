import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, ruleFunction, textOf } from '../lib/apigw.js';

// DG response-transfer-mode-lambda: a streaming Lambda proxy integration is invoked through
// InvokeWithResponseStream, whose URI is …:lambda:path/2021-11-15/functions/{arn}/response-streaming-invocations;
// the buffered one (Invoke) is …/2015-03-31/functions/{arn}/invocations. The mode and the URI must agree.
const STREAMING = /\/response-streaming-invocations$/;
const BUFFERED = /:lambda:path\/[^/]*\/functions\/.+\/invocations$/;

const rule: ApigwRule = {
  id: 'apigw-integration-streaming-uri',
  category: 'integration',
  severity: 'error',
  flavour: 'rest',
  description:
    'A streaming Lambda integration (`responseTransferMode: STREAM`) uses the `/response-streaming-invocations` URI, and only it does.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (integrationType(integration) !== 'aws_proxy') return;
        const mode = integration.responseTransferMode;
        if (isOpaque(mode, ctx, [...ctx.path, 'responseTransferMode'])) return;
        const uri = textOf(integration.uri);
        if (!uri || isOpaque(integration.uri, ctx, [...ctx.path, 'uri'])) return;
        if (mode === 'STREAM' && BUFFERED.test(uri))
          return [
            [
              ['uri'],
              'responseTransferMode is STREAM but uri is the buffered Lambda invocation (…/2015-03-31/functions/{arn}/invocations); streaming calls InvokeWithResponseStream: use …:lambda:path/2021-11-15/functions/{arn}/response-streaming-invocations.',
            ],
          ];
        if (mode !== 'STREAM' && STREAMING.test(uri))
          return [
            [
              ['uri'],
              `uri is the response-streaming Lambda invocation but responseTransferMode is ${mode === undefined ? 'not set (BUFFERED)' : String(mode)}; set responseTransferMode: STREAM, or use the …/2015-03-31/functions/{arn}/invocations URI.`,
            ],
          ];
      }),
    },
  },
};
export default rule;
