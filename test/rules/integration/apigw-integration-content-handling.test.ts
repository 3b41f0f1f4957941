import rule from '../../../rules/integration/integration-content-handling.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (top: string, response: string) =>
  integrationDoc(
    { type: 'aws', contentHandling: top, responses: { default: { statusCode: '200', contentHandling: response } } },
    { path: '/files' },
  );
const AT = 'paths./files.get.x-amazon-apigateway-integration';

// DG api-gateway-payload-encodings-workflow: CONVERT_TO_BINARY or CONVERT_TO_TEXT (absent = pass through).
ruleTester(rule, {
  valid: [{ name: 'the two conversions', code: doc('CONVERT_TO_BINARY', 'CONVERT_TO_TEXT') }],
  invalid: [
    {
      name: 'bad values on the integration and on a response',
      code: doc('PASSTHROUGH', 'convert_to_text'),
      errors: [
        { path: `${AT}.contentHandling`, line: 8, message: /to pass payloads through unchanged, omit contentHandling/ },
        { path: `${AT}.responses.default.contentHandling`, line: 12 },
      ],
    },
  ],
});
