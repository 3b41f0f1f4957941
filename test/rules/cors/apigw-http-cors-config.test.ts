import rule from '../../../rules/cors/http-cors-config.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// x-amazon-apigateway-cors at line 4, its fields from line 5.
const doc = (body: string) => oas3(`paths: {}\nx-amazon-apigateway-cors:\n${body}`);
const CORS = 'x-amazon-apigateway-cors';

ruleTester(rule, {
  valid: [
    {
      name: 'a valid configuration',
      code: doc(
        "  allowOrigins: ['https://app.example.com', 'https://*', '*']\n  allowMethods: [GET, post, '*']\n  allowHeaders: ['*']\n  maxAge: -1\n",
      ),
    },
  ],
  invalid: [
    {
      name: 'maxAge out of range, a bad method, an origin with a path',
      code: doc("  allowOrigins: ['https://app.example.com/']\n  allowMethods: [GET, FETCH]\n  maxAge: 90000\n"),
      errors: [
        { path: `${CORS}.allowOrigins.0`, line: 5 },
        { path: `${CORS}.allowMethods.1`, line: 6 },
        { path: `${CORS}.maxAge`, line: 7, message: /from -1 to 86400/ },
      ],
    },
    {
      name: 'a string where a list is expected',
      code: doc('  allowHeaders: content-type\n'),
      errors: [{ path: `${CORS}.allowHeaders`, line: 5, message: /allowHeaders must be a list of strings/ }],
    },
  ],
});
