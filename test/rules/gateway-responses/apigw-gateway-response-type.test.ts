import rule from '../../../rules/gateway-responses/gateway-response-type.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG supported-gateway-response-types.
ruleTester(rule, {
  valid: [{ name: 'all known types', code: gatewayResponsesDoc({ requestTooLarge: true }) }],
  invalid: [
    {
      name: 'unknown type, with the upper-case suggestion',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [
        {
          path: 'x-amazon-apigateway-gateway-responses.Unauthorized',
          line: 19,
          message: /Did you mean UNAUTHORIZED\?/,
        },
      ],
    },
  ],
});
