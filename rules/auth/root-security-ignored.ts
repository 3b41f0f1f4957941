import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { operations, methodLabel } from '../lib/security.js';

// DG api-gateway-known-issues (REST): "API Gateway doesn't apply root-level security"; security must
// be defined on each operation.
const rule: ApigwRule = {
  id: 'apigw-root-security-ignored',
  category: 'auth',
  severity: 'warn',
  description: 'REST APIs ignore root-level `security`; operations without their own `security` stay open.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest' || !Array.isArray(root.security) || root.security.length === 0) return;
        if (root.security.every((r: unknown) => r && typeof r === 'object' && Object.keys(r).length === 0)) return;
        const uncovered = operations(root).filter((op) => op.method !== 'options' && op.operation.security === undefined && op.operation['x-amazon-apigateway-auth'] === undefined);
        if (uncovered.length === 0) return;
        const list = uncovered.slice(0, 3).map((op) => `${methodLabel(op.method)} ${op.pathKey}`).join(', ');
        const more = uncovered.length > 3 ? ` and ${uncovered.length - 3} more` : '';
        return [[['security'], `REST APIs ignore root-level security, so ${uncovered.length} operation(s) without their own security (${list}${more}) are imported without it. Repeat the requirement in each operation's security.`]];
      }),
    },
  },
};
export default rule;
