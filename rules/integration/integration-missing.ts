import type { ApigwRule } from '../lib/rule.js';
import { isObject, operationsOf, perDocument, ruleFunction } from '../lib/apigw.js';

// A REST method without an integration imports fine, but CreateDeployment then fails with
// "No integration defined for method" (API reference CreateDeployment, BadRequestException; DG
// api-gateway-swagger-extensions-integration: every method is backed by an integration). A
// definition without any integration is left alone: SAM adds integrations to a DefinitionBody from
// the functions' Api events, and such documents are not imported as they stand.
const rule: ApigwRule = {
  id: 'apigw-integration-missing',
  category: 'integration',
  severity: 'error',
  description:
    'A REST method without `x-amazon-apigateway-integration` (in a definition that has integrations) makes every deployment fail.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDeployment.html',
  flavour: 'rest',
  spectral: {
    given: '$.paths[*]',
    then: {
      function: ruleFunction((item, ctx) => {
        if (ctx.flavour !== 'rest' || !hasAnyIntegration(ctx.root)) return;
        return operationsOf(item)
          .filter(([, op]) => !('x-amazon-apigateway-integration' in op))
          .map(
            ([method]) =>
              [
                [method],
                `${method === 'x-amazon-apigateway-any-method' ? 'ANY' : method.toUpperCase()} ${String(ctx.path[1])} has no x-amazon-apigateway-integration: the import succeeds, but every CreateDeployment then fails with "No integration defined for method". Add one (a MOCK integration if it only answers a preflight).`,
              ] as [string[], string],
          );
      }),
    },
  },
};

function hasAnyIntegration(root: any): boolean {
  return perDocument(
    root,
    'has-any-integration',
    () =>
      isObject(root?.paths) &&
      Object.values(root.paths).some((item) =>
        operationsOf(item).some(([, op]) => 'x-amazon-apigateway-integration' in op),
      ),
  );
}
export default rule;
