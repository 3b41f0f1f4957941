import rule from '../../../rules/caching/cache-http-api.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = integrationDoc({ type: 'http_proxy', cacheKeyParameters: ['method.request.querystring.page'] });

// DG http-api-vs-rest: HTTP APIs have no API cache.
ruleTester(rule, {
  valid: [{ name: 'cache settings in a REST API', code: doc, options: { flavour: 'rest' } }],
  invalid: [
    {
      name: 'cache settings in an HTTP API',
      code: doc,
      options: { flavour: 'http' },
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.cacheKeyParameters',
          line: 8,
          message: /HTTP APIs do not support API caching/,
        },
      ],
    },
  ],
});
