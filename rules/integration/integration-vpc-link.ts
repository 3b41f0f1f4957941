import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// connectionType INTERNET (default) or VPC_LINK; VPC_LINK needs connectionId, the VPC link id or
// ${stageVariables.x} (DG api-gateway-swagger-extensions-integration; BOTO-V1 ConnectionType).
const rule: ApigwRule = {
  id: 'apigw-integration-vpc-link',
  category: 'integration',
  severity: 'error',
  description: '`connectionType` is INTERNET or VPC_LINK, and VPC_LINK integrations need a `connectionId`.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const kind = integration.connectionType;
        if (kind === undefined || isOpaque(kind, ctx, [...ctx.path, 'connectionType'])) return;
        const upper = typeof kind === 'string' ? kind.toUpperCase() : '';
        if (upper !== 'INTERNET' && upper !== 'VPC_LINK')
          return [[['connectionType'], `\`connectionType\` must be INTERNET or VPC_LINK, not ${quote(kind)}.`]];
        if (upper === 'VPC_LINK' && (integration.connectionId === undefined || integration.connectionId === '')) {
          return [
            [
              ['connectionType'],
              'VPC_LINK integration has no `connectionId`; set the VPC link id (or ${stageVariables.vpcLinkId}).',
            ],
          ];
        }
      }),
    },
  },
};
export default rule;
