import rule from '../../../rules/gateway-responses/gateway-response-cors.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG how-to-cors: gateway responses need CORS headers too.
ruleTester(rule, {
  valid: [
    { name: 'CORS with the header on DEFAULT_4XX and DEFAULT_5XX', code: gatewayResponsesDoc() },
    { name: 'an API without CORS', code: gatewayResponsesDoc({ header: 'X-Other', requestTooLarge: true }) },
  ],
  invalid: [
    {
      name: 'DEFAULT_5XX without CORS headers',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [
        {
          path: 'x-amazon-apigateway-gateway-responses',
          line: 14,
          message: /the DEFAULT_5XX gateway response does not/,
        },
      ],
    },
    {
      name: 'no gateway responses at all: reported where CORS is used',
      code: gatewayResponsesDoc({ responses: false }),
      errors: [
        {
          path: 'paths./a.get.x-amazon-apigateway-integration.responses.default.responseParameters',
          line: 12,
          message: /DEFAULT_4XX and DEFAULT_5XX gateway responses do not/,
        },
      ],
    },
  ],
});
