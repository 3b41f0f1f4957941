import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// A MOCK integration reads the status code from the JSON its request template renders,
// {"statusCode": ddd} (DG how-to-mock-integration). Without any template it returns the default
// integration response, which is fine; a template that sets no statusCode is a mistake.
const rule: ApigwRule = {
  id: 'apigw-integration-mock-status-code',
  category: 'integration',
  severity: 'warn',
  flavour: 'rest',
  description: 'MOCK request templates must render `{"statusCode": ddd}`, which selects the integration response.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (
          ctx.flavour !== 'rest' ||
          integrationType(integration) !== 'mock' ||
          !isObject(integration.requestTemplates)
        )
          return;
        const problems: Array<[string[], string]> = [];
        for (const [mime, template] of Object.entries(integration.requestTemplates)) {
          if (typeof template !== 'string' || template.includes('statusCode')) continue;
          problems.push([
            ['requestTemplates', mime],
            `MOCK request template for ${mime} sets no statusCode; render {"statusCode": 200} (or another code) so API Gateway can pick the integration response.`,
          ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
