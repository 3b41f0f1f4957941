import rule from '../../../rules/endpoint/minimum-compression-size.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (size: string) => swagger2(`paths: {}\nx-amazon-apigateway-minimum-compression-size: ${size}\n`);
const AT = { path: 'x-amazon-apigateway-minimum-compression-size', line: 4 };

// DG api-gateway-openapi-minimum-compression-size: 0 to 10485760 bytes.
ruleTester(rule, {
  valid: ['0', '1024', '10485760', '!Ref Size'].map((v) => ({ name: v, code: doc(v) })),
  invalid: [
    { name: 'above 10485760', code: doc('10485761'), errors: [AT] },
    {
      name: 'the CloudFormation -1',
      code: doc('-1'),
      errors: [{ ...AT, message: /omit the extension to disable compression/ }],
    },
  ],
});
