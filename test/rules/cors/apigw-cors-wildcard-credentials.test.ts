import rule from '../../../rules/cors/cors-wildcard-credentials.js';
import { corsDoc, oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const withCredentials = (origin: string) =>
  corsDoc({ getOrigin: `${origin}\n              method.response.header.Access-Control-Allow-Credentials: "'true'"` });

ruleTester(rule, {
  valid: [{ name: 'an exact origin with credentials', code: withCredentials('"\'https://app.example.com\'"') }],
  invalid: [
    {
      name: 'a wildcard origin with credentials in a REST mapping',
      code: withCredentials('"\'*\'"'),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.Access-Control-Allow-Origin',
          line: 19,
        },
      ],
    },
    {
      name: 'allowCredentials with allowOrigins * in an HTTP API',
      code: oas3("paths: {}\nx-amazon-apigateway-cors:\n  allowOrigins: ['*']\n  allowCredentials: true\n"),
      errors: [
        { path: 'x-amazon-apigateway-cors.allowCredentials', line: 6, message: /rejected by API Gateway \(400\)/ },
      ],
    },
  ],
});
