import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { operationKinds, operations, methodLabel } from '../lib/security.js';

// DG apigateway-control-access-to-api: methods are open unless IAM, a Lambda/Cognito/JWT authorizer
// or a resource policy protects them; DG api-gateway-api-usage-plans: "Don't use API keys for
// authentication or authorization". REST ignores root-level security (DG api-gateway-known-issues).
const rule: ApigwRule = {
  id: 'apigw-operation-no-auth',
  category: 'auth',
  severity: 'warn',
  description: 'Operation is callable by anyone: no IAM, authorizer or JWT protects it (off by default).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  recommended: false,
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        // A resource policy can restrict a whole REST API (IP ranges, VPC endpoints, accounts).
        if (ctx.flavour === 'rest' && root['x-amazon-apigateway-policy'] !== undefined) return;
        const rootSecurity = ctx.flavour === 'http' ? root.security : undefined;
        return operations(root)
          .filter((op) => op.method !== 'options')
          .filter((op) => {
            const kinds = operationKinds(root, op.operation, op.operation.security ?? rootSecurity);
            return !kinds.has('lambda') && !kinds.has('cognito') && !kinds.has('jwt') && !kinds.has('iam');
          })
          .map((op) => {
            const keyOnly = operationKinds(root, op.operation, op.operation.security ?? rootSecurity).has('apiKey');
            const why = keyOnly
              ? 'is protected only by an API key, which identifies a client for usage plans but is not authorization'
              : ctx.flavour === 'rest' && root.security !== undefined && op.operation.security === undefined
                ? 'has no security of its own, and REST APIs ignore root-level security, so anyone can call it'
                : 'has no authorization, so anyone can call it';
            return [
              op.path,
              `${methodLabel(op.method)} ${op.pathKey} ${why}. Add a security requirement (IAM, a Lambda, Cognito or JWT authorizer) or disable this rule for public operations.`,
            ];
          });
      }),
    },
  },
};
export default rule;
