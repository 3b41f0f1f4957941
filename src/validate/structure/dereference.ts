/**
 * The dereference swagger-parser runs before validating (json-schema-ref-parser 15.3's
 * `dereference`, option `circular: 'ignore'`), ported for the one document prepare.ts builds:
 * every followable `$ref` is internal (`#` or `#/...`), so no file, URL or resolver is involved.
 * Importing swagger-parser for this cost a few hundred KB of parsing at every start, and its crawl
 * builds and escapes a JSON-pointer string for every key of the document (~130 ms on a 4 MB spec).
 *
 * The result must be what json-schema-ref-parser produces, because the findings are Ajv's errors
 * on it. Its rules, kept here on purpose (see dist/lib/dereference.js, pointer.js, ref.js):
 * - the document is changed in place; a `$ref` is replaced by the (shared) object it points to,
 *   following refs met along the pointer and chains of refs;
 * - "circular" is contagious: a `$ref` whose target reaches, through further refs, a cycle (a ref
 *   back to an object being crawled) is kept as it is, not only the ref that closes the cycle. So
 *   the result is acyclic, and every ref to a recursive schema stays a `$ref`;
 * - results are cached by target: a later ref to a target already found circular becomes that
 *   first `{ $ref }` object (an extended ref loses its siblings then); to a non-circular target it
 *   becomes the target, or, for an extended ref (`$ref` with siblings), a copy of the target plus
 *   the siblings the target lacks;
 * - an extended ref met first is merged the other way: siblings win (objects deep-merged);
 * - with `circular: 'ignore'` objects are crawled again each time they are reached;
 * - pointers are percent-decoded twice ($Refs._resolve resolves the resolved path again), so a
 *   key holding a %-escape cannot be reached;
 * - a crawl deeper than 500 levels, or a pointer to nothing, throws, with its message.
 * test/validate/structure-dereference*.test.ts check all this against json-schema-ref-parser itself.
 */

const MAX_DEPTH = 500; // json-schema-ref-parser's default `dereference.maxDepth`
/** Stands for the root file's URL in the paths json-schema-ref-parser compares (all refs are internal). */
const ROOT = 'R';

/** A JSON-pointer path, its string ("R#/a/b" or "#/a/b") built only when a rule compares it. */
type Path = string | { parent: Path; key: string; text?: string };

function pathText(path: Path): string {
  if (typeof path === 'string') return path;
  if (path.text === undefined) path.text = joinPointer(pathText(path.parent), [path.key]);
  return path.text;
}

/** Pointer.join: appends RFC 6901-escaped tokens. */
function joinPointer(base: string, tokens: readonly string[]): string {
  let out = base.includes('#') ? base : base + '#';
  for (const token of tokens) out += '/' + token.replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

interface RefObject {
  $ref: string;
  [key: string]: unknown;
}

/** $Ref.isAllowed$Ref with `resolve.external: false`: only internal pointers are followed. */
function isFollowedRef(value: unknown): value is RefObject {
  if (!value || typeof value !== 'object') return false;
  const ref = (value as { $ref?: unknown }).$ref;
  return '$ref' in value && typeof ref === 'string' && ref.length > 0 && (ref === '#' || ref.startsWith('#/'));
}

function isRef(value: unknown): value is RefObject {
  if (!value || typeof value !== 'object' || !('$ref' in value)) return false;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' && ref.length > 0;
}

const isExtendedRef = (value: unknown): boolean => isRef(value) && Object.keys(value).length > 1;

/** What the URL parser leaves as it is in a fragment (printable ASCII but space " < > `), less '\\'. */
const PLAIN_FRAGMENT = /^[!#-;=?-[\]-_a-~]*$/;
const URL_BASE = 'https://aaa.nonexistanturl.com/r';

/**
 * json-schema-ref-parser's url.resolve(<root file>, to) for `to` = a ref ('#...') or a path it
 * resolved before ('R#...', resolved again by $Refs._resolve, so decoded twice). The root file is
 * a filesystem path, so this is its "relative URL" branch: backslashes turn into slashes, the URL
 * parser normalises the fragment (percent-encodes space, quotes, non-ASCII; drops tabs and
 * newlines; trims trailing blanks, given back after decoding), an empty fragment is no fragment,
 * and it is percent-decoded, throwing URIError on a malformed escape as it does.
 */
function resolveUrl(to: string): string {
  const hashAt = to.indexOf('#');
  if (hashAt === -1) return ROOT;
  const fragment = to.slice(hashAt + 1);
  if (PLAIN_FRAGMENT.test(fragment)) return fragment === '' ? ROOT : `${ROOT}#${decodeURIComponent(fragment)}`;
  const ref = '#' + fragment;
  const endSpaces = /(\s*)$/.exec(ref)?.[1] ?? '';
  return ROOT + decodeURIComponent(new URL(ref.split('\\').join('/'), URL_BASE).hash) + endSpaces;
}

/**
 * url.resolve(<place>, value.$ref) as Pointer.resolve's last step computes it, for whatever the
 * `$ref` key holds: undefined when it cannot equal an internal path (a remote or unloaded-file ref),
 * throwing where it throws (a `$ref` key holding a non-string, e.g. a schema property named `$ref`).
 */
function resolveAnyRef(ref: unknown): string | undefined {
  if (typeof ref !== 'string') throw new TypeError('filePath.startsWith is not a function');
  if (ref.startsWith('#')) return resolveUrl(ref);
  const url = new URL(ref.split('\\').join('/'), URL_BASE);
  if (url.hostname === 'aaa.nonexistanturl.com') decodeURIComponent(url.hash);
  else if (url.href.includes('#')) decodeURIComponent(url.href.split('#', 2)[1] ?? '');
  return undefined;
}

/** Pointer.parse: the decoded tokens of a path's fragment. */
function pointerTokens(path: string): string[] {
  const hash = path.indexOf('#');
  const pointer = hash === -1 ? '' : path.slice(hash + 1);
  if (!pointer) return [];
  const split = pointer.split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (split[0] !== '') throw new SyntaxError(`Invalid $ref pointer "${pointer}". Pointers must begin with "#/"`);
  return split.slice(1);
}

const isRootPath = (pathFromRoot: string): boolean => pointerTokens(pathFromRoot).length === 0;

/** $Ref.dereference: the value an extended ref stands for (siblings win, objects deep-merged). */
function refValue(ref: RefObject, target: unknown): unknown {
  if (!target || typeof target !== 'object' || !isExtendedRef(ref)) return target;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(ref)) if (key !== '$ref') merged[key] = ref[key];
  for (const key of Object.keys(target)) {
    const theirs = (target as Record<string, unknown>)[key];
    if (!(key in merged)) merged[key] = theirs;
    else if (typeof merged[key] === 'object' && merged[key] !== null && typeof theirs === 'object' && theirs !== null)
      merged[key] = deepMerge(theirs, merged[key]);
  }
  return merged;
}

function deepMerge(target: unknown, source: unknown): unknown {
  if (typeof target !== 'object' || target === null || typeof source !== 'object' || source === null) return source;
  const output: Record<string, unknown> = Array.isArray(target)
    ? ([...target] as unknown as Record<string, unknown>)
    : { ...(target as object) };
  for (const key of Object.keys(source)) {
    const value = (source as Record<string, unknown>)[key];
    if (Array.isArray(value)) output[key] = [...value];
    else if (typeof value === 'object' && value !== null)
      output[key] = deepMerge((target as Record<string, unknown>)[key], value);
    else output[key] = value;
  }
  return output;
}

interface Pointer {
  path: string;
  value: unknown;
  circular: boolean;
}

interface Dereferenced {
  value: unknown;
  circular: boolean;
}

/** A pointer-resolution error, worded as json-schema-ref-parser words it (it becomes the finding's message). */
function missingPointer(token: string, path: string): Error {
  const text = decodeURI(path);
  const hash = text.indexOf('#');
  return new Error(`Missing $ref pointer "${hash === -1 ? '#' : text.slice(hash)}". Token "${token}" does not exist.`);
}

/** Thrown (with `shared`) before the one write that may land on a node the document shares with its source. */
export class SharedNodeWrite extends Error {
  constructor() {
    super('a $ref to itself: the dereference writes outside the copied nodes');
  }
}

/**
 * Dereferences `root` in place and returns the dereferenced document (a different object only
 * when the root itself is a `$ref`). Throws where json-schema-ref-parser throws.
 *
 * `shared`: `root` was copied only where it holds a `$ref` (prepare.ts), other nodes belong to the
 * loader. The dereference writes into objects that hold a `$ref` (copies), and, when a `$ref`
 * resolves to itself, into the node its pointer reached: as far as we can tell that is the copied
 * `$ref` object again, but rather than rely on it SharedNodeWrite is thrown before that write
 * (the caller starts again from a full copy). The loader refuses such chains, so it is rare.
 */
export function dereferenceDocument(root: unknown, options: { shared?: boolean } = {}): unknown {
  const cache = new Map<string, Dereferenced>();
  const parents = new Set<unknown>();

  /** $Refs._resolve + Pointer.resolve: the value at `path` (resolved once more), following refs met on the way. */
  const resolvePointer = (path: string, pathFromRoot: string): Pointer => {
    const absolute = resolveUrl(path);
    const pointer: Pointer = { path: absolute, value: root, circular: false };
    const tokens = pointerTokens(absolute);
    for (let i = 0; i < tokens.length; i++) {
      const wasCircular = pointer.circular;
      const extended = isExtendedRef(pointer.value);
      if (resolveIfRef(pointer, pathFromRoot)) pointer.path = joinPointer(pointer.path, tokens.slice(i));
      else if (!wasCircular && pointer.circular && extended) pointer.circular = false;
      const token = tokens[i]!;
      const value = pointer.value as Record<string, unknown>;
      if (value[token] === undefined || (value[token] === null && i === tokens.length - 1)) {
        // A key holding an unescaped '/' is found by joining the remaining tokens.
        let joined = false;
        for (let j = tokens.length - 1; j > i; j--) {
          const joinedToken = tokens.slice(i, j + 1).join('/');
          if (value[joinedToken] !== undefined) {
            pointer.value = value[joinedToken];
            i = j;
            joined = true;
            break;
          }
        }
        if (joined) continue;
        if (token in value && value[token] === null) {
          pointer.value = null;
          continue;
        }
        throw missingPointer(token, path);
      }
      pointer.value = value[token];
    }
    const value = pointer.value as { $ref?: unknown } | null | undefined;
    if (!value || (value.$ref && resolveAnyRef(value.$ref) !== pathFromRoot)) resolveIfRef(pointer, pathFromRoot);
    return pointer;
  };

  /** resolveIf$Ref: true when the pointer moved to another place. */
  const resolveIfRef = (pointer: Pointer, pathFromRoot: string): boolean | undefined => {
    if (!isFollowedRef(pointer.value)) return undefined;
    const target = resolveUrl(pointer.value.$ref);
    if (target === pointer.path && !isRootPath(pathFromRoot)) {
      pointer.circular = true; // a ref to itself
      return undefined;
    }
    const resolved = resolvePointer(target, pointer.path);
    if (isExtendedRef(pointer.value)) {
      pointer.value = refValue(pointer.value, resolved.value);
      return false;
    }
    pointer.path = resolved.path;
    pointer.value = resolved.value;
    return true;
  };

  const depthExceeded = (pathFromRoot: Path): RangeError =>
    new RangeError(
      `Maximum dereference depth (${MAX_DEPTH}) exceeded at ${pathText(pathFromRoot)}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`,
    );

  const crawl = (obj: unknown, path: Path, pathFromRoot: Path, depth: number): Dereferenced => {
    if (depth > MAX_DEPTH) throw depthExceeded(pathFromRoot);
    const result: Dereferenced = { value: obj, circular: false };
    if (!obj || typeof obj !== 'object' || ArrayBuffer.isView(obj)) return result;
    parents.add(obj);
    if (isFollowedRef(obj)) {
      const dereferenced = dereferenceRef(obj, path, pathFromRoot, depth);
      result.circular = dereferenced.circular;
      result.value = dereferenced.value;
    } else {
      const record = obj as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const value = record[key];
        let circular: boolean;
        if (isFollowedRef(value)) {
          const dereferenced = dereferenceRef(value, { parent: path, key }, { parent: pathFromRoot, key }, depth);
          circular = dereferenced.circular;
          if (record[key] !== dereferenced.value) record[key] = dereferenced.value;
        } else if (!value || typeof value !== 'object') {
          // A scalar: crawl would only check the depth.
          if (depth + 1 > MAX_DEPTH) throw depthExceeded({ parent: pathFromRoot, key });
          circular = false;
        } else if (!parents.has(value)) {
          const dereferenced = crawl(value, { parent: path, key }, { parent: pathFromRoot, key }, depth + 1);
          circular = dereferenced.circular;
          if (record[key] !== dereferenced.value) record[key] = dereferenced.value;
        } else {
          circular = true;
        }
        result.circular = result.circular || circular;
      }
    }
    parents.delete(obj);
    return result;
  };

  const dereferenceRef = (ref: RefObject, path: Path, pathFromRoot: Path, depth: number): Dereferenced => {
    const target = resolveUrl(ref.$ref);
    const cached = cache.get(target);
    if (cached) {
      if (!cached.circular) {
        const refKeys = Object.keys(ref);
        if (refKeys.length > 1) {
          const extraKeys: Record<string, unknown> = {};
          for (const key of refKeys)
            if (key !== '$ref' && !(key in (cached.value as object))) extraKeys[key] = ref[key];
          return { circular: cached.circular, value: Object.assign({}, cached.value, extraKeys) };
        }
        return cached;
      }
      const cachedValue = cached.value as RefObject;
      if (typeof cachedValue === 'object' && '$ref' in cachedValue && '$ref' in ref) {
        if (cachedValue.$ref === ref.$ref) return cached;
        // else: processed again (json-schema-ref-parser's own caveat about its cache keys)
      } else {
        return cached;
      }
    }
    const pointer = resolvePointer(target, pathText(path));
    const directCircular = pointer.circular;
    let circular = directCircular || parents.has(pointer.value);
    let value = refValue(ref, pointer.value);
    if (!circular) {
      const dereferenced = crawl(value, pointer.path, pathFromRoot, depth + 1);
      circular = dereferenced.circular;
      value = dereferenced.value;
    }
    if (circular && !directCircular) value = ref; // circular: 'ignore' keeps the ref
    if (directCircular) {
      if (options.shared) throw new SharedNodeWrite();
      (value as RefObject).$ref = pathText(pathFromRoot);
    }
    const dereferenced: Dereferenced = { circular, value };
    if (Object.keys(ref).length === 1) cache.set(target, dereferenced);
    return dereferenced;
  };

  return crawl(root, ROOT, '#', 0).value;
}
