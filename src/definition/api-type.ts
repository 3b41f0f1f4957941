/**
 * REST or HTTP API, decided from the document alone (`apigw lint --api-type` and apigw.yaml
 * `api.type` override it; rules get the decision as an option of the run).
 *
 * Real definitions mix markers (REST APIs carrying `payloadFormatVersion` or an ignored
 * `x-amazon-apigateway-cors`), so no single marker decides: every marker found counts once per
 * kind, the side with more kinds wins, and a tie goes to REST, the older and default product.
 * Swagger 2.0 alone decides: HTTP APIs import OpenAPI 3.0 only.
 */
import { OPERATION_KEYS } from './methods.js';

export type Flavour = 'rest' | 'http';

const HTTP_ONLY_ROOT = ['x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version'];
const REST_ONLY_ROOT = [
  'x-amazon-apigateway-api-key-source',
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-documentation',
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-request-validator',
  'x-amazon-apigateway-endpoint-access-mode',
  'x-amazon-apigateway-security-policy',
];
const REST_ONLY_INTEGRATION_FIELDS = [
  'requestTemplates',
  'responses',
  'passthroughBehavior',
  'contentHandling',
  'cacheKeyParameters',
  'cacheNamespace',
];
const HTTP_ONLY_INTEGRATION_FIELDS = ['payloadFormatVersion', 'integrationSubtype'];

export interface FlavourDecision {
  type: Flavour;
  reason: string;
}

/** Decides the flavour from the document alone. */
export function detectFlavour(doc: unknown): FlavourDecision {
  const d = (doc ?? {}) as Record<string, any>;
  if (typeof d.swagger === 'string' || typeof d.swagger === 'number') {
    return { type: 'rest', reason: 'Swagger 2.0 document (HTTP APIs import OpenAPI 3.0 only)' };
  }
  const rest = new Set<string>();
  const http = new Set<string>();
  for (const key of HTTP_ONLY_ROOT) if (key in d) http.add(`root has ${key}`);
  for (const key of REST_ONLY_ROOT) if (key in d) rest.add(`root has ${key}`);
  const components = d.components && typeof d.components === 'object' ? d.components : {};
  if ('x-amazon-apigateway-integrations' in components) http.add('components has x-amazon-apigateway-integrations');
  const schemes = { ...(components.securitySchemes ?? {}), ...(d.securityDefinitions ?? {}) } as Record<string, any>;
  for (const scheme of Object.values(schemes)) {
    const type = String(scheme?.['x-amazon-apigateway-authorizer']?.type ?? '').toLowerCase();
    if (type === 'jwt') http.add('a JWT authorizer');
    if (type === 'token' || type === 'cognito_user_pools') rest.add(`a ${type} authorizer`);
    const source = String(scheme?.['x-amazon-apigateway-authorizer']?.identitySource ?? '');
    if (/^\s*method\.request\./.test(source)) rest.add('authorizer identity sources written as method.request.*');
    if (/^\s*\$request\./.test(source)) http.add('authorizer identity sources written as $request.*');
  }
  for (const [path, item] of Object.entries((d.paths ?? {}) as Record<string, any>)) {
    if (!item || typeof item !== 'object') continue;
    if (path === '/$default' || item['x-amazon-apigateway-any-method']?.isDefaultRoute) http.add('the $default route');
    for (const method of OPERATION_KEYS) {
      const integration = item[method]?.['x-amazon-apigateway-integration'];
      if (!integration || typeof integration !== 'object') continue;
      for (const key of HTTP_ONLY_INTEGRATION_FIELDS) if (key in integration) http.add(`integrations with ${key}`);
      for (const key of REST_ONLY_INTEGRATION_FIELDS) if (key in integration) rest.add(`integrations with ${key}`);
      const type = String(integration.type ?? '').toLowerCase();
      if (type === 'aws' || type === 'http' || type === 'mock') rest.add(`${type} integrations`);
    }
  }
  if (rest.size === 0 && http.size === 0)
    return { type: 'rest', reason: 'no HTTP-API-only feature found; REST is the default' };
  const type: Flavour = http.size > rest.size ? 'http' : 'rest';
  const [mine, theirs] = type === 'http' ? [http, rest] : [rest, http];
  const against = theirs.size > 0 ? `; outweighs ${list(theirs)}` : '';
  return { type, reason: `${list(mine)} (${type === 'http' ? 'HTTP' : 'REST'} APIs only)${against}` };
}

/** The first three markers, then a count: enough to say why without drowning the line. */
function list(markers: Set<string>): string {
  const all = [...markers];
  return all.length <= 3 ? all.join(', ') : `${all.slice(0, 3).join(', ')} and ${all.length - 3} more`;
}
