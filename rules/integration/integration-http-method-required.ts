import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, ruleFunction } from '../lib/apigw.js';

// httpMethod is required for every type but MOCK (DG api-gateway-swagger-extensions-integration:
// "httpMethod ... Not applicable for MOCK"); AWS service integrations with integrationSubtype
// (HTTP APIs) take none (BOTO-V2 CreateIntegrationRequest.IntegrationMethod).
const rule: ApigwRule = {
  id: 'apigw-integration-http-method-required',
  category: 'integration',
  severity: 'error',
  description: 'Non-MOCK integrations need the `httpMethod` API Gateway uses to call the backend.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration) => {
        const type = integrationType(integration);
        if (
          !type ||
          type === 'mock' ||
          integration.httpMethod !== undefined ||
          integration.integrationSubtype !== undefined ||
          '$ref' in integration
        )
          return;
        return [
          [
            [],
            `${integration.type} integration has no \`httpMethod\`: add the method API Gateway uses toward the backend (POST for Lambda, ANY or a method for HTTP backends).`,
          ],
        ];
      }),
    },
  },
};
export default rule;
