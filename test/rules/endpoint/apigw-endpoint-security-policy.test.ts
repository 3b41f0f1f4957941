import rule from '../../../rules/endpoint/endpoint-security-policy.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (lines: string) => oas3(`paths: {}\n${lines}`);
const POLICY = 'x-amazon-apigateway-security-policy';
const MODE = 'x-amazon-apigateway-endpoint-access-mode';

ruleTester(rule, {
  valid: [
    { name: 'a legacy policy alone', code: doc(`${POLICY}: TLS_1_2\n`) },
    {
      name: 'an enhanced policy with a mode',
      code: doc(`${POLICY}: SecurityPolicy_TLS13_1_2_2021_06\n${MODE}: BASIC\n`),
    },
  ],
  invalid: [
    {
      name: 'an enhanced policy without access mode',
      code: doc(`${POLICY}: SecurityPolicy_TLS13_1_3_2025_09\n`),
      errors: [{ path: POLICY, line: 4, message: /requires x-amazon-apigateway-endpoint-access-mode/ }],
    },
    {
      name: 'an access mode with a legacy policy',
      code: doc(`${POLICY}: TLS_1_2\n${MODE}: STRICT\n`),
      errors: [{ path: MODE, line: 5 }],
    },
    {
      name: 'an unknown policy',
      code: doc(`${POLICY}: TLS_1_3\n`),
      errors: [{ path: POLICY, line: 4, message: /Unknown security policy "TLS_1_3"/ }],
    },
  ],
});
