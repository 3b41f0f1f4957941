import code from '../../../src/validate/codes/apigw-undecidable.js';
import { codeTester } from '../../support/code-tester.js';
import { integrationDoc } from '../../support/fixtures.js';

const OK = "responses: {'200': {description: ok}}\n";
const mock = (timeoutInMillis: unknown) => integrationDoc({ type: 'mock', timeoutInMillis }, { operation: OK });

// A CloudFormation intrinsic is resolved at deploy time: its check cannot be decided offline (info).
codeTester(code, {
  valid: [{ name: 'a literal value', code: mock(5000) }],
  invalid: [
    {
      name: 'a !Ref where an integer is expected',
      code: mock('!Ref Timeout'),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.timeoutInMillis',
          line: 9,
          message: 'is a CloudFormation intrinsic (Ref); not checked',
        },
      ],
    },
  ],
});
