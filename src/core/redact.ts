/**
 * The one redaction rule for everything apigw prints (deploy plans and results, canary status,
 * diff in every format, rollback): values of secret-looking stage variables, canary overrides and
 * vars are masked so a CI log or a PR comment never shows a token. The name stays visible (the
 * user needs to know it changed). Compare raw values first, then redact what is shown.
 */
const SECRET_NAME = /(secret|passw(or)?d|pwd|token|api[-_]?key|private|credential|auth|signature|session)/i;
const SECRET_VALUE = /^(AKIA|ASIA)[A-Z0-9]{16}$|^eyJ[\w-]+\.[\w-]+\.[\w-]*$|^-----BEGIN /;

export function isSecretLooking(name: string, value?: string): boolean {
  return SECRET_NAME.test(name) || (value !== undefined && SECRET_VALUE.test(value));
}

export function redactValue(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return isSecretLooking(name, value) ? MASK : value;
}

export function redactMap(map: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!map) return map;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, redactValue(k, v) ?? '']));
}

export const MASK = '****';

/** Both sides of a changed value, masked when either side looks secret. */
export function redactPair(
  name: string,
  before: string | undefined,
  after: string | undefined,
): { before?: string; after?: string; secret: boolean } {
  const secret = isSecretLooking(name, before) || isSecretLooking(name, after);
  if (!secret) return { before, after, secret };
  return { before: before === undefined ? undefined : MASK, after: after === undefined ? undefined : MASK, secret };
}
