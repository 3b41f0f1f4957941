/** The routes an OpenAPI document defines, labelled the way live.ts labels what API Gateway holds. */
import { apigwMethodOf } from '../definition/methods.js';
import { authLabel, integrationLabel, sortRoutes, type Route } from './live.js';

const X = 'x-amazon-apigateway-';

export function documentRoutes(doc: any): Route[] {
  const routes: Route[] = [];
  const schemes: Record<string, any> = (doc?.swagger ? doc.securityDefinitions : doc?.components?.securitySchemes) ?? {};
  for (const [path, item] of Object.entries<any>(doc?.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const [name, op] of Object.entries<any>(item)) {
      const method = apigwMethodOf(name);
      if (!method || !op || typeof op !== 'object') continue;
      const i = op[`${X}integration`];
      routes.push({
        key: `${method} ${path}`,
        integration: i ? integrationLabel(i.type, i.httpMethod, i.uri) : 'none',
        auth: operationAuth(op.security, schemes),
      });
    }
  }
  return sortRoutes(routes);
}

/** REST importer: root-level `security` is not applied (reference §1.2), so only the operation's counts. */
function operationAuth(security: unknown, schemes: Record<string, any>): string {
  if (!Array.isArray(security) || security.length === 0) return 'NONE';
  let type = 'NONE';
  let apiKey = false;
  for (const requirement of security) {
    for (const name of Object.keys(requirement ?? {})) {
      const scheme = schemes[name] ?? {};
      const authorizer = scheme[`${X}authorizer`];
      const authtype = String(scheme[`${X}authtype`] ?? '').toLowerCase();
      if (authtype === 'awssigv4') type = 'AWS_IAM';
      else if (authorizer?.type && String(authorizer.type).toLowerCase() === 'cognito_user_pools') type = 'COGNITO_USER_POOLS';
      else if (authorizer) type = 'CUSTOM';
      else if (scheme.type === 'apiKey') apiKey = true;
    }
  }
  return authLabel(type, apiKey);
}
