import rule from '../../../rules/auth/api-key-source-unused.js';
import { apiKeyDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const rest = { flavour: 'rest' } as const;

// DG api-key-usage-plan-oas: keys are required through an api_key scheme.
ruleTester(rule, {
  valid: [
    { name: 'used when an operation requires a key', code: apiKeyDoc({ source: 'AUTHORIZER' }), options: rest },
    // HEADER is the default: stating it on a keyless API changes nothing (corpus: serverless-patterns).
    {
      name: 'HEADER (the default) with no operation requiring a key',
      code: apiKeyDoc({ source: 'HEADER', security: ['- lambda: []', '- lambda: []'] }),
      options: rest,
    },
  ],
  invalid: [
    {
      name: 'no operation requires a key',
      code: apiKeyDoc({ source: 'AUTHORIZER', security: ['- lambda: []', '- lambda: []'] }),
      options: rest,
      errors: [{ path: 'x-amazon-apigateway-api-key-source', line: 3 }],
    },
  ],
});
