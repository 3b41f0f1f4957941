import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isOpaque, quote, ruleFunction, textOf } from '../lib/apigw.js';
import { isLambdaUri } from '../functions/uris.js';

// Lambda is invoked with POST whatever the client's method (DG set-up-lambda-custom-integrations,
// "you must use POST for the integration request"; DG api-gateway-swagger-extensions-integration).
/**
 * Lambda, from the URI when it can be read, else from the integration type: a REST `aws_proxy`
 * integration is always a Lambda proxy (DG api-gateway-api-integration-types), and an HTTP API
 * `aws_proxy` without `integrationSubtype` is a Lambda integration (with a subtype it is an AWS
 * service integration). So a Terraform/CloudFormation placeholder URI does not hide the defect.
 */
function invokesLambda(
  integration: any,
  ctx: { flavour: string } & Parameters<typeof isOpaque>[1],
  path: (string | number)[],
): boolean {
  const uri = textOf(integration.uri);
  if (uri !== undefined && isLambdaUri(uri)) return true;
  const unknown = integration.uri === undefined || isOpaque(integration.uri, ctx, [...path, 'uri']);
  if (!unknown) return false;
  return (
    integrationType(integration) === 'aws_proxy' &&
    (ctx.flavour === 'rest' || integration.integrationSubtype === undefined)
  );
}

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
        if (integration.integrationSubtype !== undefined || !invokesLambda(integration, ctx, ctx.path)) return;
        const method = integration.httpMethod;
        if (method === undefined)
          return [
            [
              [],
              'Lambda integration has no `httpMethod`; add `httpMethod: POST` (Lambda is always invoked with POST).',
            ],
          ];
        if (isOpaque(method, ctx, [...ctx.path, 'httpMethod'])) return;
        if (typeof method !== 'string' || method.toUpperCase() !== 'POST') {
          return [
            [
              ['httpMethod'],
              `Lambda integrations must use \`httpMethod: POST\`, not ${quote(method)}: API Gateway invokes the function with POST whatever the client's method.`,
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
