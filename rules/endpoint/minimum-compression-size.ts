import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// 0..10,485,760 bytes; absent = compression off. -1 is CloudFormation's "off", not an OpenAPI value
// (DG api-gateway-openapi-minimum-compression-size; BOTO-V1 CreateRestApiRequest.minimumCompressionSize).
const MAX = 10485760;

const rule: ApigwRule = {
  id: 'apigw-minimum-compression-size',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description: '`x-amazon-apigateway-minimum-compression-size` must be an integer from 0 to 10,485,760 bytes.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html',
  spectral: {
    given: "$['x-amazon-apigateway-minimum-compression-size']",
    then: {
      function: ruleFunction((size, ctx) => {
        if (isOpaque(size, ctx, ctx.path)) return;
        if (size === -1)
          return [
            [
              [],
              'Minimum compression size -1 is CloudFormation\'s "disabled" value; in OpenAPI, omit the extension to disable compression.',
            ],
          ];
        if (!Number.isInteger(size) || size < 0 || size > MAX)
          return [
            [
              [],
              `Minimum compression size ${quote(size)} is out of range; use an integer from 0 to ${MAX} bytes (0 compresses every payload).`,
            ],
          ];
      }),
    },
  },
};
export default rule;
