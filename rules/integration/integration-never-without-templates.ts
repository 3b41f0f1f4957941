import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, isOpaque, ruleFunction } from '../lib/apigw.js';

// DG integration-passthrough-behaviors, example "no mapping template defined": with NEVER the
// request is rejected with 415 Unsupported Media Type whatever its Content-Type (none counts as
// application/json). With no request template at all, NEVER rejects every request. A MOCK
// integration without a template is otherwise fine: it returns the default integration response
// (DG how-to-mock-integration).
const rule: ApigwRule = {
  id: 'apigw-integration-never-without-templates',
  category: 'integration',
  severity: 'error',
  flavour: 'rest',
  description:
    '`passthroughBehavior: NEVER` on an integration without request templates rejects every request with 415.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const type = integrationType(integration);
        if (type !== 'aws' && type !== 'http' && type !== 'mock') return;
        const value = integration.passthroughBehavior;
        if (typeof value !== 'string' || value.toLowerCase() !== 'never') return;
        const templates = integration.requestTemplates;
        if (templates !== undefined && (!isObject(templates) || Object.keys(templates).length > 0)) return;
        if (templates !== undefined && isOpaque(templates, ctx, [...ctx.path, 'requestTemplates'])) return;
        return [
          [
            ['passthroughBehavior'],
            `passthroughBehavior NEVER with no request template: API Gateway rejects every request with 415 Unsupported Media Type (a request without Content-Type counts as application/json). Add a request template${type === 'mock' ? ' (e.g. application/json: {"statusCode": 200})' : ''}, or use WHEN_NO_TEMPLATES.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
