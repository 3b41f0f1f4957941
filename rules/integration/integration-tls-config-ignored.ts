import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, integrationType, isObject, ruleFunction } from '../lib/apigw.js';

// DG api-gateway-swagger-extensions-integration-tls-config: insecureSkipVerification applies to
// REST HTTP/HTTP_PROXY integrations; serverNameToVerify to HTTP API private integrations
// (connectionType VPC_LINK). Elsewhere the setting does nothing. A field of the other API type is
// apigw-extension-unknown-field's finding (the extension schemas), not repeated here.
const rule: ApigwRule = {
  id: 'apigw-integration-tls-config-ignored',
  category: 'integration',
  severity: 'warn',
  description:
    '`tlsConfig` set where it does nothing: `insecureSkipVerification` is for REST HTTP integrations, `serverNameToVerify` for HTTP API private integrations.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const tls = integration.tlsConfig;
        if (!isObject(tls)) return;
        const type = integrationType(integration);
        if (type === undefined) return;
        const problems: Array<[string[], string]> = [];
        if (ctx.flavour === 'rest') {
          if (tls.insecureSkipVerification !== undefined && type !== 'http' && type !== 'http_proxy')
            problems.push([
              ['tlsConfig', 'insecureSkipVerification'],
              `tlsConfig.insecureSkipVerification applies only to HTTP and HTTP_PROXY integrations; on a ${integration.type} integration API Gateway ignores it.`,
            ]);
        } else {
          const vpcLink = String(integration.connectionType ?? '').toUpperCase() === 'VPC_LINK';
          if (tls.serverNameToVerify !== undefined && !vpcLink)
            problems.push([
              ['tlsConfig', 'serverNameToVerify'],
              'tlsConfig.serverNameToVerify applies only to private integrations (connectionType: VPC_LINK); here API Gateway ignores it.',
            ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
