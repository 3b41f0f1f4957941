import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { operationKinds, operations } from '../lib/security.js';

// DG how-to-cors / enable-cors-for-resource-using-swagger-importer-tool: browsers send the OPTIONS
// preflight without credentials, so an authorizer, IAM or an API key on it makes every preflight fail
// (401/403) and the browser blocks the real request; DG http-api-cors for HTTP APIs.
const rule: ApigwRule = {
  id: 'apigw-preflight-authorized',
  category: 'auth',
  severity: 'error',
  description: 'OPTIONS (CORS preflight) operations must not require an authorizer, IAM or an API key.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        const rootSecurity = ctx.flavour === 'http' ? root.security : undefined;
        return operations(root)
          .filter((op) => op.method === 'options')
          .flatMap((op) => {
            const own = op.operation.security !== undefined;
            const kinds = operationKinds(root, op.operation, own ? op.operation.security : rootSecurity);
            const what = ['lambda', 'cognito', 'jwt', 'iam', 'apiKey'].filter((k) => kinds.has(k as never));
            if (what.length === 0) return [];
            const label = what.map((k) => ({ lambda: 'a Lambda authorizer', cognito: 'a Cognito authorizer', jwt: 'a JWT authorizer', iam: 'IAM', apiKey: 'an API key' })[k]).join(' and ');
            const at = own ? [...op.path, 'security'] : op.path;
            const fix = own ? 'Set security: [] on the OPTIONS operation' : 'Add security: [] to the OPTIONS operation';
            return [[at, `OPTIONS ${op.pathKey} requires ${label}${own ? '' : ' (from root security)'}; browsers send CORS preflights without credentials, so they fail and the real request is blocked. ${fix}.`]];
          });
      }),
    },
  },
};
export default rule;
