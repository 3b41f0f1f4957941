import rule from '../../../rules/integration/integration-selection-pattern.js';
import { LAMBDA_INVOCATION_URI, integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

/** The pattern is written single-quoted (YAML keeps backslashes as they are), its response at line 13. */
const doc = (pattern: string) =>
  integrationDoc(
    `type: aws
httpMethod: POST
uri: ${LAMBDA_INVOCATION_URI}
responses:
  default: {statusCode: '200'}
  '${pattern}': {statusCode: '400'}`,
    { swagger: true, operation: "responses: {'200': {description: ok}, '400': {description: bad}}\n" },
  );
const rest = { flavour: 'rest' } as const;

// DG api-gateway-swagger-extensions-integration-response: the key is a (Java) regular expression.
ruleTester(rule, {
  valid: ['.*\\[Bad Request\\].*', '(?i).*not found.*', '4\\d{2}'].map((p) => ({
    name: `valid pattern ${p}`,
    code: doc(p),
    options: rest,
  })),
  invalid: [
    {
      name: 'a response key that is not a valid Java regular expression',
      code: doc('.*[Bad Request.*'),
      options: rest,
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.responses..*[Bad Request.*',
          line: 13,
          message: /is not a valid Java regular expression/,
        },
      ],
    },
  ],
});
