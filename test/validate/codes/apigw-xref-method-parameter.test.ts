import code from '../../../src/validate/codes/apigw-xref-method-parameter.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const OK = "responses: {'200': {description: ok}}\n";
const doc = (operation: string) =>
  integrationDoc(
    {
      type: 'http',
      httpMethod: 'GET',
      uri: 'https://example.com/a',
      requestParameters: { 'integration.request.querystring.q': 'method.request.querystring.q' },
    },
    { swagger: true, path: '/a', operation },
  );

// DG request-response-data-mappings: a method request parameter must be declared before it is
// mapped (the importer: "Invalid mapping expression specified").
codeTester(code, {
  valid: [
    { name: 'a declared query parameter', code: doc(`parameters:\n  - {name: q, in: query, type: string}\n${OK}`) },
  ],
  invalid: [
    {
      name: 'an undeclared query parameter',
      code: doc(OK),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.requestParameters.integration.request.querystring.q',
          line: 12,
          message: "uses method.request.querystring.q, but GET /a declares no query parameter 'q'",
        },
      ],
    },
  ],
});
