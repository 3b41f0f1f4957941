/**
 * `$context` for REST APIs: every data-transformation variable of reference §4.1 with a realistic,
 * deterministic default; the event's `context` object overrides any of them (deeply).
 */
import { PRINTS_EMPTY } from './java.js';
import type { TemplateInput } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CLF time as `$context.requestTime` prints it: `dd/MMM/yyyy:HH:mm:ss +0000` (UTC). */
export function clfTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : headers[key];
  return Array.isArray(v) ? String(v[v.length - 1]) : v === undefined || v === null ? undefined : String(v);
}

/**
 * The keys AWS's `$context` has for a plain request (no authorizer, API key, client certificate, VPC
 * endpoint, WAF or canary): `authorizer`, `awsEndpointRequestId`, `isCanaryRequest`,
 * `wafResponseCode`, `webaclArn` and `identity.apiKey/apiKeyId/clientCert/vpcId/vpceId` exist only
 * when set, so an event's `context` adds them. Reading an unset one gives null (empty text).
 */
/** The sample API id and stage every simulated request (REST, HTTP, WebSocket) carries. */
export const SAMPLE_API_ID = 'a1b2c3d4e5';
export const SAMPLE_STAGE = 'dev';

/**
 * `$context.identity` of a caller nobody authenticated, shared by REST and WebSocket requests: a
 * documentation-range source IP and every Cognito/IAM field null.
 */
export function anonymousIdentity(userAgent: string | null): Record<string, unknown> {
  return {
    accountId: null,
    caller: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    principalOrgId: null,
    sourceIp: '198.51.100.10',
    user: null,
    userAgent,
    userArn: null,
  };
}

export function defaultContext(input: TemplateInput, now: Date): Record<string, unknown> {
  const req = input.request ?? {};
  const apiId = SAMPLE_API_ID;
  const stage = SAMPLE_STAGE;
  const path = req.path ?? req.resourcePath ?? '/';
  const method = (req.method ?? (req.body !== undefined ? 'POST' : 'GET')).toUpperCase();
  const host = headerValue(req.headers, 'Host') ?? `${apiId}.execute-api.us-east-1.amazonaws.com`;
  return {
    accountId: '123456789012',
    apiId,
    deploymentId: 'x1y2z3',
    domainName: host,
    domainPrefix: host.split('.')[0],
    extendedRequestId: 'QWERTYuiopASDF=',
    httpMethod: method,
    identity: printsEmpty(anonymousIdentity(headerValue(req.headers, 'User-Agent') ?? 'curl/8.5.0')),
    path: `/${stage}${path === '/' ? '/' : path}`,
    protocol: 'HTTP/1.1',
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    requestOverride: printsEmpty({ header: printsEmpty({}), path: printsEmpty({}), querystring: printsEmpty({}) }),
    responseOverride: printsEmpty({ header: printsEmpty({}) }),
    requestTime: clfTime(now),
    requestTimeEpoch: now.getTime(),
    resourceId: 'r3s0u7',
    resourcePath: req.resourcePath ?? path,
    stage,
  };
}

/**
 * `$context.identity`, `requestOverride`, `responseOverride` and their sub-maps print as empty text on
 * AWS (they are not Java maps there), though their keys read as usual.
 */
export function printsEmpty<T extends object>(map: T): T {
  // The mark sits on the prototype: the map's own keys stay plain data (one shape for all of them).
  return Object.assign(Object.create(PRINTS_EMPTY_PROTO), map) as T;
}
const PRINTS_EMPTY_PROTO = Object.freeze({ [PRINTS_EMPTY]: true });

/** Deep-merges `overrides` into `base` (plain objects merge, anything else replaces). */
export function deepMerge(
  base: Record<string, unknown>,
  overrides: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!overrides) return base;
  for (const [k, v] of Object.entries(overrides)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const cur = base[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>);
    } else base[k] = v;
  }
  return base;
}

/** Sets `a.b.c` = value in a nested object (for `--context identity.sourceIp=...`). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur: Record<string, unknown> = target;
  for (const k of keys.slice(0, -1)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') return;
    if (!cur[k] || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  cur[last] = value;
}
