/**
 * Compiles the JSON Schemas shipped in schemas/ (extension schemas, the apigw.yaml schema) with
 * Ajv, once per process. The schemas are data files so the Spectral ruleset can use them too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';


const compiled = new Map<string, ValidateFunction>();
let ajvInstance: import('ajv').default | undefined;

/** Absolute path of a file in schemas/, from both src/ (tsx) and dist/src/ (built). */
export function schemaPath(name: string): string {
  return locateSchemasDir() + name;
}

let schemasDirCache: string | undefined;
function locateSchemasDir(): string {
  if (schemasDirCache) return schemasDirCache;
  // src/spec/json-schema.ts -> ../../schemas ; dist/src/spec/json-schema.js -> ../../../schemas
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

export async function getAjv(): Promise<import('ajv').default> {
  if (!ajvInstance) {
    // Ajv is CommonJS: its class is the module's `default` export once more under NodeNext.
    const mod = (await import('ajv')) as unknown as { default: { default?: typeof import('ajv').default } & typeof import('ajv').default };
    const Ajv = mod.default.default ?? mod.default;
    ajvInstance = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  }
  return ajvInstance;
}

export async function compileSchema(name: string): Promise<ValidateFunction> {
  let fn = compiled.get(name);
  if (!fn) {
    const ajv = await getAjv();
    fn = ajv.compile(readSchema(name));
    compiled.set(name, fn);
  }
  return fn;
}
