import code from '../../../src/validate/codes/apigw-xref-security-scheme.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

const doc = (scheme: string) =>
  swagger2(`securityDefinitions:
  api_key: {type: apiKey, name: x-api-key, in: header}
paths:
  /a:
    get:
      security:
        - ${scheme}: []
      responses: {'200': {description: ok}}
`);

// DG api-gateway-import-api: an operation's security names a scheme the document defines.
codeTester(code, {
  valid: [{ name: 'a defined scheme', code: doc('api_key') }],
  invalid: [
    {
      name: 'a scheme that is not defined',
      code: doc('cognito'),
      errors: [
        {
          path: 'paths./a.get.security.0.cognito',
          line: 9,
          message:
            "GET /a requires security scheme 'cognito', which is not defined in securityDefinitions (defined: api_key)",
        },
      ],
    },
  ],
});
