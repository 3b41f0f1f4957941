import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { operations, methodLabel } from '../lib/security.js';

// DG api-gateway-known-issues (REST) says root-level security is not applied, but an import recorded
// against AWS (LocalStack's AWS-validated test openapi.spec.global-auth.json, 2025) applied it to
// every method, and SAM applies it too. So no security hole is claimed: the finding is advice to
// state the requirement where AWS's documentation and its observed behaviour agree (each operation).
const rule: ApigwRule = {
  id: 'apigw-root-security-ignored',
  category: 'auth',
  severity: 'info',
  description:
    'Root-level `security` in a REST API: documented as ignored, observed applied; repeat it on each operation.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest' || !Array.isArray(root.security) || root.security.length === 0) return;
        if (root.security.every((r: unknown) => r && typeof r === 'object' && Object.keys(r).length === 0)) return;
        const uncovered = operations(root).filter(
          (op) =>
            op.method !== 'options' &&
            op.operation.security === undefined &&
            op.operation['x-amazon-apigateway-auth'] === undefined,
        );
        if (uncovered.length === 0) return;
        const list = uncovered
          .slice(0, 3)
          .map((op) => `${methodLabel(op.method)} ${op.pathKey}`)
          .join(', ');
        const more = uncovered.length > 3 ? ` and ${uncovered.length - 3} more` : '';
        return [
          [
            ['security'],
            `AWS documents root-level security as not applied by REST import (known issues), though recorded imports apply it; ${uncovered.length} operation(s) (${list}${more}) rely on it. Repeat the requirement in each operation's security so the definition does not depend on either behaviour.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
