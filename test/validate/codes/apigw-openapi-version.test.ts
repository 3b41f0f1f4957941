import code from '../../../src/validate/codes/apigw-openapi-version.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3, swagger2 } from '../../support/fixtures.js';

// DG api-gateway-import-api / http-api-open-api: REST imports Swagger 2.0 and OpenAPI 3.0.x; HTTP APIs OpenAPI 3.0 only.
codeTester(code, {
  valid: [
    { name: 'OpenAPI 3.0.1', code: oas3('paths: {}\n') },
    { name: 'Swagger 2.0 for a REST API', code: swagger2('paths: {}\n') },
  ],
  invalid: [
    {
      name: 'OpenAPI 3.1',
      code: oas3('paths: {}\n', '3.1.0'),
      errors: [{ path: 'openapi', line: 1, message: 'OpenAPI 3.1.0 is not supported' }],
    },
    {
      name: 'Swagger 2.0 for an HTTP API',
      code: swagger2('paths: {}\n'),
      apiType: 'http',
      errors: [{ path: 'swagger', line: 1, message: 'HTTP APIs import OpenAPI 3.0 only' }],
    },
  ],
});
