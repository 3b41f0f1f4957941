import rule from '../../../rules/gateway-responses/gateway-response-template-vtl.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-gatewayResponse-definition: templates are not processed by the VTL engine.
ruleTester(rule, {
  valid: [{ name: 'plain substitution', code: gatewayResponsesDoc() }],
  invalid: [
    {
      name: 'directives in a gateway response template',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [
        {
          path: 'x-amazon-apigateway-gateway-responses.REQUEST_TOO_LARGE.responseTemplates.application/json',
          line: 31,
          message: /"#if" in a gateway response template is not evaluated.*\(file line 32\)\]$/,
        },
      ],
    },
  ],
});
