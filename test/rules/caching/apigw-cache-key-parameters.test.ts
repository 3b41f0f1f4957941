import rule from '../../../rules/caching/cache-key-parameters.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// GET /pets/{id}: id declared at path level, limit by $ref, X-Tenant as a header; the keys from line 16.
const doc = (keys: string[]) =>
  integrationDoc(
    { type: 'http_proxy', cacheKeyParameters: keys },
    {
      swagger: true,
      path: '/pets/{id}',
      operation: "parameters:\n  - $ref: '#/parameters/Limit'\n  - {name: X-Tenant, in: header, type: string}\n",
    },
  )
    .replace('paths:\n', 'parameters:\n  Limit: {name: limit, in: query, type: integer}\npaths:\n')
    .replace('    get:\n', '    parameters:\n      - {name: id, in: path, required: true, type: string}\n    get:\n');
const KEYS = 'paths./pets/{id}.get.x-amazon-apigateway-integration.cacheKeyParameters';

ruleTester(rule, {
  valid: [
    {
      name: 'declared path (path-level), query ($ref) and header (any case) parameters',
      code: doc(['method.request.path.id', 'method.request.querystring.limit', 'method.request.header.x-tenant']),
    },
  ],
  invalid: [
    {
      name: 'an undeclared parameter and a malformed key',
      code: doc(['method.request.querystring.page', 'querystring.limit']),
      errors: [
        { path: `${KEYS}.0`, line: 16, message: /names a query parameter "page" the operation does not declare/ },
        { path: `${KEYS}.1`, line: 17, message: /is not a method request parameter; write method.request.path/ },
      ],
    },
  ],
});
