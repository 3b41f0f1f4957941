import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { GATEWAY_RESPONSES } from '../lib/gateway-responses.js';

// DG api-gateway-known-issues (2023 archive, REST): "customization of the 413 REQUEST_TOO_LARGE gateway
// response isn't currently supported"; a 2024 user report (zenn.dev/august/articles/67c76de854cb6d)
// confirms the default is still returned. The current page could not be read in full: unconfirmed
// whether AWS has lifted it since (reference §7).
const rule: ApigwRule = {
  id: 'apigw-gateway-response-request-too-large',
  category: 'gateway-responses',
  severity: 'warn',
  description:
    'Customising the REQUEST_TOO_LARGE gateway response has no effect: API Gateway always returns its default 413.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root) => {
        const map = root[GATEWAY_RESPONSES];
        if (!isObject(map) || !('REQUEST_TOO_LARGE' in map)) return;
        return [
          [
            [GATEWAY_RESPONSES, 'REQUEST_TOO_LARGE'],
            'API Gateway does not support customising REQUEST_TOO_LARGE: oversized requests still get the default 413 response, whatever status, headers or templates are set here. Remove it (DEFAULT_4XX does not apply to it either).',
          ],
        ];
      }),
    },
  },
};
export default rule;
