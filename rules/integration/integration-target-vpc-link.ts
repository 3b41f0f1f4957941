import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, ruleFunction } from '../lib/apigw.js';

// API Integration (integrationTarget): the load balancer a REST private integration sends to, through
// a VPC link V2; AWS documents it only together with connectionType VPC_LINK (DG
// set-up-private-integration). What AWS does with it on a public integration is not documented, so
// this is a warning: the target the author meant is at best not used. HTTP APIs have no such field
// (apigw-integration-field-ignored reports it there).
const rule: ApigwRule = {
  id: 'apigw-integration-target-vpc-link',
  category: 'integration',
  severity: 'warn',
  flavour: 'rest',
  description:
    "`integrationTarget` (a REST private integration's load balancer) set on an integration that is not `connectionType: VPC_LINK`.",
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        if (ctx.flavour !== 'rest' || integration.integrationTarget === undefined) return;
        const kind = integration.connectionType;
        if (isOpaque(kind, ctx, [...ctx.path, 'connectionType'])) return;
        if (typeof kind === 'string' && kind.toUpperCase() === 'VPC_LINK') return;
        return [
          [
            ['integrationTarget'],
            `integrationTarget is used only by private integrations (connectionType: VPC_LINK with a VPC link V2); this integration is ${kind === undefined ? 'public (no connectionType)' : `connectionType ${JSON.stringify(kind)}`}, so the load balancer it names is not reached through a VPC link. Set connectionType: VPC_LINK and connectionId, or remove integrationTarget.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
