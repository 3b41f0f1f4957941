import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// A MOCK integration reads the status code from the JSON its request template renders,
// {"statusCode": ddd} (DG how-to-mock-integration); a template that sets no statusCode is a mistake.
// Without any template the request body passes through and must itself carry statusCode: the guide
// says the default integration response answers then ("make sure appropriate passthrough behaviors
// are set"), but a request without such a body fails with 500 "Execution failed due to configuration
// error: Unable to parse statusCode" (LocalStack's AWS-validated MOCK integration; CDK users report it
// for a MOCK root method). The two sources disagree on the bodiless case, hence a warning.
// passthroughBehavior NEVER without templates is apigw-integration-never-without-templates' 415.
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
        if (ctx.flavour !== 'rest' || integrationType(integration) !== 'mock') return;
        const templates = isObject(integration.requestTemplates) ? Object.keys(integration.requestTemplates) : [];
        if (templates.length === 0) {
          if (String(integration.passthroughBehavior ?? '').toUpperCase() === 'NEVER') return;
          return [
            [
              isObject(integration.requestTemplates) ? ['requestTemplates'] : [],
              'MOCK integration without a request template: nothing selects a status code, so a request whose body is not {"statusCode": ...} fails with 500 "Unable to parse statusCode". Add requestTemplates: {application/json: \'{"statusCode": 200}\'}.',
            ],
          ];
        }
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
