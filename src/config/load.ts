/**
 * Finds and reads apigw.yaml. Structural problems in it are usage errors (exit 2) naming the
 * file, line and column; AWS-semantic checks of its values (stage names, throttling sanity, ...)
 * are lint rules, which use `rangeOf` to point into it.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { JsonPath, Range } from '../core/finding.js';
import type { ProjectConfig, ProjectConfigData } from './types.js';

export const CONFIG_FILE_NAMES = ['apigw.yaml', 'apigw.yml'];

/** A project file is a few KB; 1 MB leaves room and keeps a hostile one cheap to refuse. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/**
 * The definitions a command works on: its arguments (relative to `cwd`), else apigw.yaml's `spec`.
 * Having neither is a usage error.
 */
export function specFilesFor(args: string[], config: ProjectConfig | undefined, cwd: string = process.cwd()): string[] {
  const files = args.length > 0 ? args.map((a) => resolve(cwd, a)) : (config?.specFiles ?? []);
  if (files.length === 0) throw new InputError('no definition given: pass a file, or set `spec:` in apigw.yaml');
  return files;
}

/** Walks up from `start` to the filesystem root looking for apigw.yaml. */
export function findConfigFile(start: string = process.cwd()): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads the project config: `explicit` (from --config) must exist; otherwise the nearest
 * apigw.yaml upward from `cwd` is used, and no file at all is fine (undefined).
 */
export async function loadProjectConfig(
  explicit?: string,
  cwd: string = process.cwd(),
): Promise<ProjectConfig | undefined> {
  const file = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return undefined;
  if (!existsSync(file)) throw new InputError('config file not found', { file });
  // A pull request can change apigw.yaml (or make it a FIFO, a symlink to /dev/zero): read it like a definition.
  const { readBoundedText } = await import('../definition/read.js');
  const text = readBoundedText(file, CONFIG_MAX_BYTES, 'apigw.yaml');
  return parseProjectConfig(text, file);
}

export async function parseProjectConfig(text: string, file: string): Promise<ProjectConfig> {
  const { cjsExports } = await import('../core/interop.js');
  const { parseDocument, LineCounter, isMap, isSeq, isScalar, isPair } = cjsExports(await import('yaml'));
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // The same bounds as a definition's: aliases counted and expanded size measured before the data is built.
  const { DEFAULT_PARSE_LIMITS, dataDepthHit, mayHaveAliases, yamlAliasHit, yamlDepthOffset } =
    await import('../definition/parse-limits.js');
  const limits = DEFAULT_PARSE_LIMITS;
  const tooDeep = (offset: number) =>
    new InputError(`YAML nested more than ${limits.maxDepth} levels deep`, at(offset));
  let doc: ReturnType<typeof parseDocument>;
  let data: ProjectConfigData;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const hit = doc.errors.length === 0 && mayHaveAliases(text) ? yamlAliasHit(text, limits) : undefined;
    if (hit)
      throw new InputError(`YAML ${hit.message.replace(/ \(raise the limit with [^)]*\)$/, '')}`, at(hit.offset));
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      if (/call stack/i.test(err.message)) throw tooDeep(yamlDepthOffset(text, limits.maxDepth));
      throw new InputError(`invalid YAML: ${err.message.split('\n')[0]}`, at(err.pos[0]));
    }
    data = (doc.toJS() ?? {}) as ProjectConfigData;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof RangeError) throw tooDeep(yamlDepthOffset(text, limits.maxDepth));
    // The YAML library's own alias guard ("Excessive alias count ...") and anything else it throws.
    throw new InputError(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, { file });
  }
  if (dataDepthHit(data, limits.maxDepth)) throw tooDeep(yamlDepthOffset(text, limits.maxDepth));
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('apigw.yaml must be a mapping (spec, api, stages, lint, ...)', { file, line: 1, column: 1 });
  }

  const rangeOf = (path: JsonPath): Range => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else break;
    }
    type Ranged = { range?: [number, number, number] } | undefined;
    const target = (node ?? keyNode) as Ranged;
    const range = target?.range ?? (keyNode as Ranged)?.range ?? [0, 0, 0];
    // A mapping or list under a key starts on the lines below it; the finding belongs where the
    // key is written (`prod:` for a problem with stage prod), as Spectral places them in definitions.
    const keyStart = (keyNode as Ranged)?.range?.[0];
    const start = keyStart !== undefined && (isMap(node) || isSeq(node)) ? Math.min(keyStart, range[0]) : range[0];
    return { start: toPos(start), end: toPos(range[1]) };
  };

  const dir = dirname(file);
  const config: ProjectConfig = { file, dir, data, rangeOf, specFiles: [] };
  await validateConfigShape(config);
  const specs = data.spec === undefined ? [] : Array.isArray(data.spec) ? data.spec : [data.spec];
  config.specFiles = specs.map((s) => (isAbsolute(s) ? s : resolve(dir, s)));
  return config;
}

/** Checks apigw.yaml against schemas/apigw-config.schema.json; the first problem is a usage error. */
async function validateConfigShape(config: ProjectConfig): Promise<void> {
  const { compileSchema, loadCompiledSchemas } = await import('../definition/json-schema.js');
  await loadCompiledSchemas();
  const validate = compileSchema('apigw-config.schema.json');
  if (validate(config.data)) return;
  const error = validate.errors![0];
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const subject = path.length ? path.join('.') : 'apigw.yaml';
  if (error.keyword === 'additionalProperties') {
    // Point at the unknown key itself, and name the closest key allowed there.
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const { closest } = await import('../core/suggest.js');
    const { readSchema } = await import('../definition/json-schema.js');
    const hit = closest(key, allowedKeys(readSchema('apigw-config.schema.json'), path));
    const at = config.rangeOf([...path, key]).start;
    throw new InputError(`${subject}: unknown key '${key}'${hit ? ` (did you mean '${hit}'?)` : ''}`, {
      file: config.file,
      line: at.line + 1,
      column: at.character + 1,
    });
  }
  const where = config.rangeOf(path).start;
  const detail =
    error.keyword === 'enum'
      ? `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
      : (error.message ?? 'is invalid');
  throw new InputError(`${subject}: ${detail}`, {
    file: config.file,
    line: where.line + 1,
    column: where.character + 1,
  });
}

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
};

/** The property names the schema allows at `path` (for "did you mean"). */
function allowedKeys(root: SchemaNode, path: (string | number)[]): string[] {
  const deref = (node: SchemaNode | undefined): SchemaNode | undefined =>
    node?.$ref?.startsWith('#/definitions/')
      ? deref(root.definitions?.[node.$ref.slice('#/definitions/'.length)])
      : node;
  let node = deref(root);
  for (const segment of path) {
    if (!node) return [];
    if (/^\d+$/.test(String(segment)) && node.items) node = deref(node.items);
    else
      node = deref(
        node.properties?.[String(segment)] ??
          (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined),
      );
  }
  return Object.keys(node?.properties ?? {});
}
