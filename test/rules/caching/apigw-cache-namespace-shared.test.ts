import rule from '../../../rules/caching/cache-namespace-shared.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (second: string) =>
  swagger2(`paths:
  /pets:
    get:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: pets}
    head:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: pets}
  /owners:
    get:
      x-amazon-apigateway-integration: {type: http_proxy, cacheNamespace: ${second}}
`);
const at = (route: string) => `paths.${route}.x-amazon-apigateway-integration.cacheNamespace`;

// API reference Integration.cacheNamespace: the cache keys' group; paths sharing one share entries.
ruleTester(rule, {
  valid: [{ name: 'one namespace per path (methods of one path may share)', code: doc('owners') }],
  invalid: [
    {
      name: 'a namespace shared by different paths, on each of them',
      code: doc('pets'),
      errors: [
        { path: at('/pets.get'), line: 6 },
        { path: at('/pets.head'), line: 8 },
        { path: at('/owners.get'), line: 11, message: /"pets" is also used by \/pets/ },
      ],
    },
  ],
});
