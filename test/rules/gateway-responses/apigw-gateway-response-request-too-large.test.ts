import rule from '../../../rules/gateway-responses/gateway-response-request-too-large.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues (2023): customising REQUEST_TOO_LARGE is not supported.
ruleTester(rule, {
  valid: [{ name: 'other gateway responses', code: gatewayResponsesDoc() }],
  invalid: [
    {
      name: 'customised REQUEST_TOO_LARGE',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [{ path: 'x-amazon-apigateway-gateway-responses.REQUEST_TOO_LARGE', line: 29 }],
    },
  ],
});
