import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction, type Path } from '../lib/apigw.js';
import { operations, methodLabel } from '../lib/security.js';

// DG http-api-open-api ("Import errors"): an operation with more than one security requirement is an
// import error; each route uses one authorization type (IAM, a Lambda authorizer or a JWT authorizer).
function check(security: unknown, at: Path, where: string): Array<[Path, string]> {
  if (!Array.isArray(security)) return [];
  const requirements = security.filter((r) => r && typeof r === 'object' && Object.keys(r).length > 0);
  if (requirements.length > 1) {
    return [
      [
        at,
        `${where} lists ${requirements.length} alternative security requirements; HTTP APIs allow one per route (IAM, one Lambda authorizer or one JWT authorizer) and reject the import. Keep one, or split the route.`,
      ],
    ];
  }
  const names = requirements.length === 1 ? Object.keys(requirements[0]) : [];
  if (names.length > 1) {
    return [
      [
        [...at, security.indexOf(requirements[0])],
        `${where} combines ${names.join(' and ')} in one requirement; HTTP APIs authorize a route with a single authorizer or IAM and reject the import. Keep one.`,
      ],
    ];
  }
  return [];
}

const rule: ApigwRule = {
  id: 'apigw-http-security-single-requirement',
  category: 'auth',
  severity: 'error',
  description: 'HTTP API routes accept exactly one security requirement (one authorizer or IAM).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html',
  flavour: 'http',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'http') return;
        const problems = check(root.security, ['security'], 'Root security');
        for (const op of operations(root)) {
          problems.push(
            ...check(op.operation.security, [...op.path, 'security'], `${methodLabel(op.method)} ${op.pathKey}`),
          );
        }
        return problems;
      }),
    },
  },
};
export default rule;
