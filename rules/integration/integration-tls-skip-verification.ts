import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, ruleFunction } from '../lib/apigw.js';

// insecureSkipVerification accepts backend certificates from any CA (self-signed included); AWS
// discourages it (DG api-gateway-extensions-integration-tls-config).
const rule: ApigwRule = {
  id: 'apigw-integration-tls-skip-verification',
  category: 'integration',
  severity: 'warn',
  description: '`tlsConfig.insecureSkipVerification: true` accepts backend certificates from any CA.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration) => {
        if (integration.tlsConfig?.insecureSkipVerification !== true) return;
        return [
          [
            ['tlsConfig', 'insecureSkipVerification'],
            'insecureSkipVerification: true skips the check that the backend certificate comes from a trusted CA, which allows man-in-the-middle attacks; use a certificate from a supported CA instead.',
          ],
        ];
      }),
    },
  },
};
export default rule;
