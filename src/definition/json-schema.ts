/**
 * Validators for the JSON Schemas shipped in schemas/ (extension schemas, the apigw.yaml schema).
 * The schemas are data files so the Spectral ruleset can use them too. The build compiles them to
 * code (scripts/precompile-schemas.mjs, same Ajv options as here); `loadCompiledSchemas()` picks
 * that up, and anything not there is compiled here once per process (sources run unbuilt).
 * Only lazily imported code (validate, lint, the config loader) reaches this module, so Ajv loads late.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';

const compiled = new Map<string, ValidateFunction>();
let ajvInstance: Ajv | undefined;
let precompiled: Record<string, ValidateFunction> | undefined;

/** Loads the build's compiled validators, once; callers await it before the synchronous `compileSchema`. */
export async function loadCompiledSchemas(): Promise<void> {
  if (precompiled) return;
  try {
    precompiled = (await import('../generated/apigw-schemas.js')).validators;
  } catch {
    precompiled = {}; // sources run unbuilt: compileSchema compiles
  }
}

/** Absolute path of a file in schemas/, from both src/ (tsx) and dist/src/ (built). */
export function schemaPath(name: string): string {
  return locateSchemasDir() + name;
}

let schemasDirCache: string | undefined;
function locateSchemasDir(): string {
  if (schemasDirCache) return schemasDirCache;
  // src/definition/json-schema.ts -> ../../schemas ; dist/src/definition/json-schema.js -> ../../../schemas
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [new URL('../../schemas/', import.meta.url), new URL('../../../schemas/', import.meta.url)];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    try {
      readFileSync(p + 'apigw-config.schema.json');
      schemasDirCache = p;
      return p;
    } catch {
      /* try the next layout */
    }
  }
  throw new Error(`schemas/ not found near ${here}`);
}

export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8'));
}

/** One Ajv for every schema in schemas/ (strict off: the schemas carry annotations such as `x-apigw-enum`). */
function getAjv(): Ajv {
  // Loaded only to compile: with the build's validators loaded, it never is.
  ajvInstance ??= new (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv({
    allErrors: true,
    strict: false,
    allowUnionTypes: true,
  });
  return ajvInstance;
}

/** Compiled once per process. Synchronous so the extension checks can stay synchronous. */
export function compileSchema(name: string): ValidateFunction {
  let fn = compiled.get(name) ?? precompiled?.[name];
  if (!fn) {
    fn = getAjv().compile(readSchema(name));
    compiled.set(name, fn);
  }
  return fn;
}
