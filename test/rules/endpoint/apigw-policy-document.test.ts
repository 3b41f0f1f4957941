import rule from '../../../rules/endpoint/policy-document.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const POLICY = 'x-amazon-apigateway-policy';
const doc = (statement: string) =>
  swagger2(`paths: {}\n${POLICY}:\n  Version: '2012-10-17'\n  Statement:\n${statement}`);

ruleTester(rule, {
  valid: [
    {
      name: 'a resource policy',
      code: doc(
        "    - Effect: Allow\n      Principal: '*'\n      Action: execute-api:Invoke\n      Resource: execute-api:/*\n",
      ),
    },
    { name: 'an intrinsic', code: swagger2(`paths: {}\n${POLICY}: {Ref: Policy}\n`) },
  ],
  invalid: [
    {
      name: 'a statement without Principal and with a bad Effect',
      code: doc('    - Effect: allow\n      Action: execute-api:Invoke\n      Resource: execute-api:/*\n'),
      errors: [
        {
          path: `${POLICY}.Statement.0`,
          line: 7,
          message: 'Policy statement needs Effect Allow|Deny (not "allow"), Principal.',
        },
      ],
    },
    {
      name: 'a policy without statements',
      code: doc('    []\n'),
      errors: [{ path: POLICY, line: 4, message: /has no Statement/ }],
    },
    {
      name: 'a string that is not JSON',
      code: swagger2(`paths: {}\n${POLICY}: allow all\n`),
      errors: [{ path: POLICY, line: 4, message: /not JSON/ }],
    },
  ],
});
