import rule from '../../../rules/integration/integration-tls-skip-verification.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (insecureSkipVerification: boolean) =>
  integrationDoc({ type: 'http_proxy', tlsConfig: { insecureSkipVerification } });

// DG api-gateway-extensions-integration-tls-config: skipping verification trusts any certificate.
ruleTester(rule, {
  valid: [{ name: 'false', code: doc(false) }],
  invalid: [
    {
      name: 'insecureSkipVerification: true',
      code: doc(true),
      errors: [{ path: 'paths./pets.get.x-amazon-apigateway-integration.tlsConfig.insecureSkipVerification', line: 9 }],
    },
  ],
});
