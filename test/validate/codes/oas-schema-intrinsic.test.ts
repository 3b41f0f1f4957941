import code from '../../../src/validate/codes/oas-schema-intrinsic.js';
import { codeTester } from '../../support/code-tester.js';

// A CloudFormation intrinsic where the schema wants a string or number: decided only when CloudFormation resolves it.
codeTester(code, {
  valid: [
    {
      name: 'a !Sub string is a string',
      code: "openapi: 3.0.1\ninfo:\n  title: !Sub '${Stage} API'\n  version: '1'\npaths: {}\n",
    },
  ],
  invalid: [
    {
      name: 'a !Ref title',
      code: "openapi: 3.0.1\ninfo:\n  title: !Ref ApiName\n  version: '1'\npaths: {}\n",
      errors: [{ path: 'info.title', line: 3, message: 'value is a CloudFormation intrinsic (Ref)' }],
    },
  ],
});
