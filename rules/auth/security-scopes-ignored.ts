import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { methodLabel, operations, schemeKind, securitySchemes, type SchemeKind } from '../lib/security.js';

// API Method.authorizationScopes: "used with a COGNITO_USER_POOLS authorizer"; v2
// Route.AuthorizationScopes: "used with a JWT authorizer". Scopes listed in a security requirement
// for any other scheme (a Lambda authorizer, IAM, an API key) are dropped at import: nothing
// checks them, although the definition reads as if the method required them.
const SCOPED: Record<'rest' | 'http', SchemeKind> = { rest: 'cognito', http: 'jwt' };
const JUDGED = new Set<SchemeKind>(['lambda', 'iam', 'apiKey', 'cognito', 'jwt']);

const rule: ApigwRule = {
  id: 'apigw-security-scopes-ignored',
  category: 'auth',
  severity: 'warn',
  description:
    'OAuth scopes in a security requirement for a scheme that does not check them (only Cognito authorizers on REST, JWT authorizers on HTTP APIs do).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Method.html',
  spectral: {
    given: '$.paths',
    then: {
      function: ruleFunction((_paths, ctx) => {
        const { map } = securitySchemes(ctx.root);
        const scoped = SCOPED[ctx.flavour];
        const problems: Array<[Array<string | number>, string]> = [];
        for (const op of operations(ctx.root)) {
          const security = op.operation.security;
          if (!Array.isArray(security)) continue;
          security.forEach((requirement, i) => {
            if (!isObject(requirement)) return;
            for (const [name, scopes] of Object.entries(requirement)) {
              const kind = schemeKind(map[name]);
              if (!Array.isArray(scopes) || scopes.length === 0 || !JUDGED.has(kind) || kind === scoped) continue;
              problems.push([
                [op.pathKey, op.method, 'security', i, name],
                `${methodLabel(op.method)} ${op.pathKey} lists scopes ${JSON.stringify(scopes)} for '${name}', a ${kind === 'apiKey' ? 'API key' : kind === 'iam' ? 'IAM' : kind} scheme; API Gateway checks scopes only with ${ctx.flavour === 'rest' ? 'a Cognito user pool authorizer' : 'a JWT authorizer'}, so they are ignored and nothing enforces them.`,
              ]);
            }
          });
        }
        return problems;
      }),
    },
  },
};
export default rule;
