import rule from '../../../rules/gateway-responses/gateway-response-status-code.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// BOTO-V1 StatusCode pattern [1-5]\d\d.
ruleTester(rule, {
  valid: [{ name: 'valid codes (numbers too)', code: gatewayResponsesDoc({ requestTooLarge: true }) }],
  invalid: [
    {
      name: 'four digits',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [{ path: 'x-amazon-apigateway-gateway-responses.ACCESS_DENIED.statusCode', line: 22 }],
    },
  ],
});
