import rule from '../../../rules/auth/api-key-scheme.js';
import { apiKeyDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const rest = { flavour: 'rest' } as const;
const inQuery = '{type: apiKey, name: api_key, in: query}';

// DG api-key-usage-plan-oas and api-gateway-swagger-extensions-api-key-source: keys are read from X-API-Key.
ruleTester(rule, {
  valid: [
    { name: 'x-api-key header passes', code: apiKeyDoc({ source: 'HEADER' }), options: rest },
    {
      name: 'any scheme passes under AUTHORIZER',
      code: apiKeyDoc({ source: 'AUTHORIZER', apiKeyScheme: inQuery }),
      options: rest,
    },
  ],
  invalid: [
    {
      name: 'API key in the query string',
      code: apiKeyDoc({ source: 'HEADER', apiKeyScheme: inQuery }),
      options: rest,
      errors: [
        {
          path: 'components.securitySchemes.api_key',
          line: 18,
          message: /reads only from the X-API-Key header/,
        },
      ],
    },
  ],
});
