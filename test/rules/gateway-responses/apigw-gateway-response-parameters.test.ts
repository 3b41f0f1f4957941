import rule from '../../../rules/gateway-responses/gateway-response-parameters.js';
import { EVERY_GATEWAY_RESPONSE_DEFECT, gatewayResponsesDoc, swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const R = 'x-amazon-apigateway-gateway-responses';

// DG api-gateway-swagger-extensions-gateway-responses-responseParameters.
ruleTester(rule, {
  valid: [{ name: 'valid keys and values', code: gatewayResponsesDoc({ requestTooLarge: true }) }],
  invalid: [
    {
      name: 'method.response key and unquoted static value',
      code: EVERY_GATEWAY_RESPONSE_DEFECT,
      errors: [
        {
          path: `${R}.ACCESS_DENIED.responseParameters.method.response.header.X`,
          line: 24,
          message: /use gatewayresponse.header.X, not method.response/,
        },
        {
          path: `${R}.ACCESS_DENIED.responseParameters.gatewayresponse.header.Y`,
          line: 25,
          message: /A static value must be in single quotes: "'plain'"/,
        },
      ],
    },
    {
      name: 'a method-response key copied into several gateway responses: one finding at the first, naming them all',
      code: swagger2(`paths: {}
${R}:
  UNAUTHORIZED:
    responseParameters:
      gatewayresponse.header.method.response.header.Access-Control-Allow-Origin: "'*'"
      gatewayresponse.header.method.response.header.Access-Control-Allow-Headers: "'*'"
  ACCESS_DENIED:
    responseParameters:
      gatewayresponse.header.method.response.header.Access-Control-Allow-Origin: "'*'"
`),
      errors: [
        {
          path: `${R}.UNAUTHORIZED.responseParameters.gatewayresponse.header.method.response.header.Access-Control-Allow-Origin`,
          line: 7,
          message:
            /\(3 keys in 2 gateway responses: UNAUTHORIZED, ACCESS_DENIED\); write gatewayresponse.header.Access-Control-Allow-Origin, gatewayresponse.header.Access-Control-Allow-Headers\.$/,
        },
      ],
    },
  ],
});
