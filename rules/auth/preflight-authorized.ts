import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { identitySourceEntries } from '../lib/identity-source.js';
import { AUTHORIZER, authorizerType, operationKinds, operations, securitySchemes } from '../lib/security.js';

// DG how-to-cors / enable-cors-for-resource-using-swagger-importer-tool: browsers send the OPTIONS
// preflight without credentials, so an authorizer, IAM or an API key on it makes every preflight fail
// (401/403) and the browser blocks the real request; DG http-api-cors for HTTP APIs.
/**
 * A browser preflight carries the URL (path and query string) and the Origin and
 * Access-Control-Request-* headers, but no Authorization or custom header (Fetch standard,
 * CORS-preflight request). A REQUEST authorizer whose identity sources are only query strings,
 * stage or context variables (or the headers a preflight does carry) receives what it needs: it
 * runs and may allow the preflight, so it is not judged as blocking.
 */
const PREFLIGHT_HEADERS = new Set(['origin', 'access-control-request-method', 'access-control-request-headers']);

function passesPreflight(scheme: unknown): boolean {
  if (!isObject(scheme) || !isObject(scheme[AUTHORIZER]) || authorizerType(scheme[AUTHORIZER]) !== 'request')
    return false;
  const entries = identitySourceEntries(scheme[AUTHORIZER].identitySource);
  if (!entries || entries.length === 0) return false;
  return entries.every((e) => {
    const header = /^(?:method\.request\.(?:multivalue)?header\.|\$request\.header\.)(.+)$/i.exec(e);
    if (header) return PREFLIGHT_HEADERS.has(header[1].toLowerCase());
    return /^(?:method\.request\.(?:multivalue)?querystring\.|\$request\.querystring\.|\$?stageVariables\.|\$?context\.)/i.test(
      e,
    );
  });
}

function withoutPassableAuthorizers(root: any, security: unknown): unknown {
  if (!Array.isArray(security)) return security;
  const { map } = securitySchemes(root);
  return security.map((requirement) =>
    isObject(requirement)
      ? Object.fromEntries(Object.entries(requirement).filter(([name]) => !passesPreflight(map[name])))
      : requirement,
  );
}

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
            const kinds = operationKinds(
              root,
              op.operation,
              withoutPassableAuthorizers(root, own ? op.operation.security : rootSecurity),
            );
            const what = ['lambda', 'cognito', 'jwt', 'iam', 'apiKey'].filter((k) => kinds.has(k as never));
            if (what.length === 0) return [];
            const label = what
              .map(
                (k) =>
                  ({
                    lambda: 'a Lambda authorizer',
                    cognito: 'a Cognito authorizer',
                    jwt: 'a JWT authorizer',
                    iam: 'IAM',
                    apiKey: 'an API key',
                  })[k],
              )
              .join(' and ');
            const at = own ? [...op.path, 'security'] : op.path;
            const fix = own ? 'Set security: [] on the OPTIONS operation' : 'Add security: [] to the OPTIONS operation';
            return [
              [
                at,
                `OPTIONS ${op.pathKey} requires ${label}${own ? '' : ' (from root security)'}; browsers send CORS preflights without credentials, so they fail and the real request is blocked. ${fix}.`,
              ],
            ];
          });
      }),
    },
  },
};
export default rule;
