/**
 * What apigw prints about stage variables and vars: values of secret-looking names are masked so a
 * CI log never shows a token. The name stays visible (the user needs to know it changed).
 */
const SECRET_NAME = /(secret|passw(or)?d|pwd|token|api[-_]?key|private|credential|auth|signature|session)/i;
const SECRET_VALUE = /^(AKIA|ASIA)[A-Z0-9]{16}$|^eyJ[\w-]+\.[\w-]+\.[\w-]*$|^-----BEGIN /;

export function isSecretLooking(name: string, value?: string): boolean {
  return SECRET_NAME.test(name) || (value !== undefined && SECRET_VALUE.test(value));
}

export function redactValue(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return isSecretLooking(name, value) ? '****' : value;
}

export function redactMap(map: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!map) return map;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, redactValue(k, v) ?? '']));
}
