/** Content-Type / Accept handling shared by request and response template selection. */

/** `application/json; charset=utf-8` -> `application/json` (API Gateway compares the media type only; DG request-response-data-mappings). */
export function mediaType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.split(';')[0].trim().toLowerCase();
  return t === '' ? undefined : t;
}

/** Header lookup, case-insensitive; a list gives its last value. */
export function header(headers: Record<string, string | string[]> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) return undefined;
  const v = headers[key];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/** Finds a template key equal to `type` (keys compared case-insensitively, parameters ignored). */
export function findTemplateKey(templates: Record<string, unknown>, type: string): string | undefined {
  return Object.keys(templates).find((k) => mediaType(k) === type);
}
