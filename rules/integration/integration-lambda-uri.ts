import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, ruleFunction, textOf } from '../lib/apigw.js';
import { isLambdaUri, lambdaUriProblem } from '../functions/uris.js';

// Lambda invocation URI: arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}/invocations
// (BOTO-V1 Integration.uri); streaming: path/2021-11-15/.../response-streaming-invocations (DG
// response-transfer-mode-lambda). HTTP APIs also take the function ARN (DG http-api-open-api example).
// REST AWS_PROXY integrates only with Lambda (DG api-gateway-api-integration-types).
const rule: ApigwRule = {
  id: 'apigw-integration-lambda-uri',
  category: 'integration',
  severity: 'error',
  description: 'Lambda integrations need a well-formed invocation URI (REST AWS_PROXY only integrates with Lambda).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const type = integrationType(integration);
        if ((type !== 'aws' && type !== 'aws_proxy') || integration.integrationSubtype !== undefined) return;
        const path = [...ctx.path, 'uri'];
        if (integration.uri === undefined)
          return [
            [
              [],
              `${integration.type} integration has no \`uri\`; set the Lambda invocation URI arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations.`,
            ],
          ];
        if (isOpaque(integration.uri, ctx, path)) return;
        const uri = textOf(integration.uri);
        if (uri === undefined) return;
        if (!isLambdaUri(uri)) {
          if (type === 'aws_proxy' && ctx.flavour === 'rest' && /^arn:[^:]+:apigateway:/.test(uri)) {
            return [
              [
                ['uri'],
                `AWS_PROXY in a REST API integrates only with Lambda, but ${uri} is not a Lambda URI; use type AWS for other AWS services.`,
              ],
            ];
          }
          return;
        }
        const problem = lambdaUriProblem(uri, ctx.flavour === 'http');
        if (problem) return [[['uri'], problem]];
      }),
    },
  },
};
export default rule;
