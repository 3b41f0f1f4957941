/** Integration fields of the other API type whose being ignored changes nothing (shared by lint and validate). */

/**
 * Ignored fields that change nothing: a REST Lambda proxy integration always sends payload format
 * 1.0 (DG set-up-lambda-proxy-integrations), so `payloadFormatVersion: '1.0'` states what happens;
 * an HTTP API has no mapping templates, so a passthrough behaviour describes what it does anyway.
 * Smithy, LocalStack's AWS-validated fixtures and AWS's own examples carry both.
 */
export function harmlessIgnoredField(field: string, value: unknown, flavour: string): boolean {
  if (flavour === 'rest' && field === 'payloadFormatVersion') return String(value) === '1.0' || String(value) === '1';
  if (flavour === 'http' && field === 'passthroughBehavior') return true;
  return false;
}
