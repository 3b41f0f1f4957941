import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';

// vpcEndpointIds apply to PRIVATE endpoints only (DG api-gateway-swagger-extensions-endpoint-configuration).
const rule: ApigwRule = {
  id: 'apigw-vpc-endpoint-ids-private',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description: '`vpcEndpointIds` are only valid on a PRIVATE endpoint.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html',
  spectral: {
    given: [
      "$['x-amazon-apigateway-endpoint-configuration'].vpcEndpointIds",
      "$.servers[*]['x-amazon-apigateway-endpoint-configuration'].vpcEndpointIds",
    ],
    then: {
      function: ruleFunction((_ids, ctx) => {
        const type = ctx.declaredEndpointType;
        if (!type || type === 'PRIVATE') return;
        return [
          [
            [],
            `vpcEndpointIds are set but the API's endpoint type is ${type} (apigw.yaml api.endpointType); they apply only to PRIVATE APIs. Remove them or make the API PRIVATE.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
