/**
 * The checks swagger-parser 13's `parse` (lib/index.js) makes before dereferencing: it stops with
 * these errors, which our callers report as "the structure check could not run". prepare.ts has
 * already turned numeric `swagger`/`openapi`/`info.version` into strings and added a missing
 * OpenAPI 3.0 `paths`, so on our documents only an unsupported version string is met here.
 * (Its `fixOasRelativeServers` acts only when the definition was read from an http(s) URL: never.)
 */
const SUPPORTED_31 = ['3.1.0', '3.1.1', '3.1.2'];
const SUPPORTED_30 = ['3.0.0', '3.0.1', '3.0.2', '3.0.3', '3.0.4'];
const SUPPORTED = [...SUPPORTED_31, ...SUPPORTED_30];

export function checkParsedVersion(rootFile: string, schema: Record<string, unknown>): void {
  const info = schema.info as Record<string, unknown> | undefined;
  if (schema.swagger) {
    if (typeof schema.swagger === 'number')
      throw new SyntaxError('Swagger version number must be a string (e.g. "2.0") not a number.');
    if (info && typeof info.version === 'number')
      throw new SyntaxError('API version number must be a string (e.g. "1.0.0") not a number.');
    if (schema.swagger !== '2.0')
      throw new SyntaxError(`Unrecognized Swagger version: ${String(schema.swagger)}. Expected 2.0`);
    return;
  }
  if (schema.paths === undefined) {
    if (!SUPPORTED_31.includes(schema.openapi as string) || schema.webhooks === undefined)
      throw new SyntaxError(`${rootFile} is not a valid Openapi API definition`);
  } else if (typeof schema.openapi === 'number') {
    throw new SyntaxError('Openapi version number must be a string (e.g. "3.0.0") not a number.');
  } else if (info && typeof info.version === 'number') {
    throw new SyntaxError('API version number must be a string (e.g. "1.0.0") not a number.');
  } else if (!SUPPORTED.includes(schema.openapi as string)) {
    throw new SyntaxError(
      `Unsupported OpenAPI version: ${String(schema.openapi)}. Swagger Parser only supports versions ${SUPPORTED.join(', ')}`,
    );
  }
}
