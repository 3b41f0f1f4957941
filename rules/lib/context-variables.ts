/**
 * REST `$context` variables (reference §4.1 data-transformation list, §4.2 access-logging-only list;
 * DG api-gateway-mapping-template-reference and api-gateway-variables-for-access-logging).
 */
import { TemplateCache } from './templates.js';

/** Exact names usable in mapping templates. */
const TEMPLATE_NAMES = new Set([
  'accountId',
  'apiId',
  'authorizer.principalId',
  'awsEndpointRequestId',
  'deploymentId',
  'domainName',
  'domainPrefix',
  'extendedRequestId',
  'httpMethod',
  'identity.accountId',
  'identity.apiKey',
  'identity.apiKeyId',
  'identity.caller',
  'identity.cognitoAuthenticationProvider',
  'identity.cognitoAuthenticationType',
  'identity.cognitoIdentityId',
  'identity.cognitoIdentityPoolId',
  'identity.principalOrgId',
  'identity.sourceIp',
  'identity.clientCert.clientCertPem',
  'identity.clientCert.subjectDN',
  'identity.clientCert.issuerDN',
  'identity.clientCert.serialNumber',
  'identity.clientCert.validity.notBefore',
  'identity.clientCert.validity.notAfter',
  'identity.user',
  'identity.userArn',
  'identity.userAgent',
  'identity.vpcId',
  'identity.vpceId',
  'isCanaryRequest',
  'path',
  'protocol',
  'requestId',
  'responseOverride.status',
  'requestTime',
  'requestTimeEpoch',
  'resourceId',
  'resourcePath',
  'stage',
  'wafResponseCode',
  'webaclArn',
  'error.message',
  'error.messageString',
  'error.responseType',
  'error.validationErrorString',
]);

/** Prefixes under which any name is valid (`authorizer.{key}` is whatever the Lambda authorizer returns). */
const TEMPLATE_PREFIXES = [
  'authorizer.',
  'requestOverride.header.',
  'requestOverride.path.',
  'requestOverride.querystring.',
  'responseOverride.header.',
];

/** Objects that are valid on their own (maps read with `.get()`/`['x']`, or iterated). */
const TEMPLATE_OBJECTS = new Set([
  'authorizer',
  'authorizer.claims',
  'identity',
  'identity.clientCert',
  'identity.clientCert.validity',
  'requestOverride',
  'requestOverride.header',
  'requestOverride.path',
  'requestOverride.querystring',
  'responseOverride',
  'responseOverride.header',
  'error',
]);

/** Access-logging-only variables: empty in templates. `authorizer.*` ones are left out, they collide with authorizer context keys. */
const ACCESS_LOG_ONLY = new Set([
  'authorize.error',
  'authorize.latency',
  'authorize.status',
  'authenticate.error',
  'authenticate.latency',
  'authenticate.status',
  'customDomain.basePathMatched',
  'integration.error',
  'integration.integrationStatus',
  'integration.latency',
  'integration.requestId',
  'integration.status',
  'integrationErrorMessage',
  'integrationLatency',
  'integrationStatus',
  'responseLatency',
  'responseLength',
  'status',
  'waf.error',
  'waf.latency',
  'waf.status',
  'xrayTraceId',
  'tlsVersion',
  'cipherSuite',
]);

export type ContextVariableKind = 'known' | 'access-log-only' | 'unknown';

export function classifyContextVariable(name: string): ContextVariableKind {
  if (ACCESS_LOG_ONLY.has(name)) return 'access-log-only';
  if (TEMPLATE_NAMES.has(name) || TEMPLATE_OBJECTS.has(name)) return 'known';
  if (TEMPLATE_PREFIXES.some((p) => name.startsWith(p))) return 'known';
  return 'unknown';
}

export interface ContextReference {
  name: string;
  /** Offset of the `$` in the template. */
  offset: number;
}

/**
 * `$context.a.b`, `$!context.a.b`, `${context.a.b}` references; a trailing segment followed by `(`
 * is a method call on the value (`$context.requestTime.substring(0, 2)`), not part of the name.
 */
export function contextReferences(template: string): readonly ContextReference[] {
  return references.get(template, findContextReferences);
}

const references = new TemplateCache<ContextReference[]>();

function findContextReferences(template: string): ContextReference[] {
  const refs: ContextReference[] = [];
  const pattern = /\$!?\{?context((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)(\()?/g;
  for (const m of template.matchAll(pattern)) {
    const segments = m[1].slice(1).split('.');
    if (m[2]) segments.pop();
    if (segments.length === 0) continue;
    refs.push({ name: segments.join('.'), offset: m.index! });
  }
  return refs;
}

/** The closest known name, for "did you mean". */
export function suggestContextVariable(name: string): string | undefined {
  const candidates = [...TEMPLATE_NAMES];
  const lower = name.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
