import code from '../../../src/validate/codes/apigw-xref-security-scheme.js';
import { codeTester } from '../../support/code-tester.js';
import { swagger2 } from '../../support/fixtures.js';

// DG api-gateway-import-api: an operation's security names a scheme the document defines.
codeTester(code, {
  valid: [
    {
      name: 'a defined scheme',
      code: swagger2(`securityDefinitions:
  api_key: {type: apiKey, name: x-api-key, in: header}
paths:
  /a:
    get:
      security:
        - api_key: []
      responses: {'200': {description: ok}}
`),
    },
  ],
  invalid: [
    {
      name: 'a scheme that is not defined',
      code: swagger2(`securityDefinitions:
  api_key: {type: apiKey, name: x-api-key, in: header}
paths:
  /a:
    get:
      security:
        - cognito: []
      responses: {'200': {description: ok}}
`),
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
