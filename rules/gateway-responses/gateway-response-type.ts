import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { GATEWAY_RESPONSES, RESPONSE_TYPES } from '../lib/gateway-responses.js';

// DG supported-gateway-response-types; BOTO-V1 GatewayResponseType (the keys of the extension's map).
const rule: ApigwRule = {
  id: 'apigw-gateway-response-type',
  category: 'gateway-responses',
  severity: 'error',
  description:
    'Gateway response keys must be gateway response types API Gateway defines (DEFAULT_4XX, UNAUTHORIZED, ...).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root) => {
        const map = root[GATEWAY_RESPONSES];
        if (!isObject(map)) return;
        return Object.keys(map)
          .filter((key) => !RESPONSE_TYPES.includes(key))
          .map((key) => {
            const fixed = RESPONSE_TYPES.find((t) => t === key.toUpperCase().replace(/[-\s]/g, '_'));
            const hint = fixed
              ? ` Did you mean ${fixed}? (types are upper case)`
              : ' Use one of DEFAULT_4XX, DEFAULT_5XX, UNAUTHORIZED, ACCESS_DENIED, ... (see the gateway response types).';
            return [[GATEWAY_RESPONSES, key], `"${key}" is not a gateway response type; the import fails.${hint}`];
          });
      }),
    },
  },
};
export default rule;
