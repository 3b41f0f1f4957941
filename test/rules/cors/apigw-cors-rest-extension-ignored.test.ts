import rule from '../../../rules/cors/cors-rest-extension-ignored.js';
import { oas3, swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const CORS = "paths: {}\nx-amazon-apigateway-cors:\n  allowOrigins: ['*']\n";

ruleTester(rule, {
  valid: [{ name: 'in an HTTP API', code: oas3(CORS) }],
  invalid: [
    {
      name: 'in a Swagger 2.0 (REST) document',
      code: swagger2(CORS),
      errors: [
        {
          path: 'x-amazon-apigateway-cors',
          line: 4,
          message: /this is a REST API \(it is a Swagger 2.0 document/,
        },
      ],
    },
    {
      name: 'beside a REST-only root extension',
      code: oas3(`${CORS}x-amazon-apigateway-binary-media-types: [image/png]\n`),
      errors: [
        { path: 'x-amazon-apigateway-cors', line: 4, message: /it uses x-amazon-apigateway-binary-media-types/ },
      ],
    },
    {
      name: 'with --api-type rest',
      code: oas3(CORS),
      options: { flavour: 'rest' },
      errors: [{ path: 'x-amazon-apigateway-cors', line: 4, message: /the API type is REST/ }],
    },
  ],
});
