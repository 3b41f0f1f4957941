import code from '../../../src/validate/codes/apigw-undecidable.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3 } from '../../support/fixtures.js';

// A CloudFormation intrinsic is resolved at deploy time: its check cannot be decided offline (said once, as info).
codeTester(code, {
  valid: [
    {
      name: 'a literal value',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeoutInMillis: 5000
`),
    },
  ],
  invalid: [
    {
      name: 'a !Ref where an integer is expected',
      code: oas3(`paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        timeoutInMillis: !Ref Timeout
`),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.timeoutInMillis',
          line: 9,
          message: 'is a CloudFormation intrinsic (Ref); not checked',
        },
      ],
    },
  ],
});
