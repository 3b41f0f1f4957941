import rule from '../../../rules/auth/api-key-source.js';
import { apiKeyDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const rest = { flavour: 'rest' } as const;

// DG api-gateway-swagger-extensions-api-key-source: HEADER or AUTHORIZER.
ruleTester(rule, {
  valid: [{ name: 'HEADER passes', code: apiKeyDoc({ source: 'HEADER' }), options: rest }],
  invalid: [
    {
      name: 'AUTHORIZER source on a method without a Lambda authorizer',
      code: apiKeyDoc({ source: 'AUTHORIZER' }),
      options: rest,
      errors: [{ path: 'paths./a.get.security', line: 7, message: /every call gets 403/ }],
    },
    {
      name: 'invalid value',
      code: apiKeyDoc({ source: 'QUERY' }),
      options: rest,
      errors: [{ path: 'x-amazon-apigateway-api-key-source', line: 3 }],
    },
  ],
});
