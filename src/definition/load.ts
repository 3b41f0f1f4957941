/**
 * loadSpec: one definition (and every file its `$ref`s reach) read, parsed with positions,
 * resolved, classified (OpenAPI version, REST or HTTP API). Unusable input throws InputError
 * (exit 2); problems that still let checks run are returned as findings in `problems`.
 */
import { resolve } from 'node:path';
import { InputError, NotAnApiError } from '../core/errors.js';
import { emptyRange, type Finding, type JsonPath } from '../core/finding.js';
import { detectFlavour } from './api-type.js';
import { parseSource, type ParsedSource } from './parse.js';
import { parseLimitsFor } from './parse-limits.js';
import { DEFAULT_MAX_BYTES, readSourceText } from './read.js';
import { confinement, rootsFor } from './confine.js';
import { buildResolved, CircularRefError, deref, locatePath, parseRef, scanFile } from './refs.js';
import type { Intrinsic, LoadedSpec, LoadOptions, Location, SourceFile, SpecVersion } from './types.js';

export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const rootFile = resolve(file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return loadFromRoot(parseSource(rootFile, readSourceText(rootFile, maxBytes), parseLimitsFor(options)), options);
}

/**
 * The loader after the entry file is parsed. A definition embedded in a CloudFormation template
 * comes in as a view of the template (`SourceFile.embedded`): same file, its own data, positions
 * mapped back into the template.
 */
export async function loadFromRoot(parsedRoot: ParsedSource, options: LoadOptions = {}): Promise<LoadedSpec> {
  const rootFile = parsedRoot.file.path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = new Map<string, SourceFile>();
  const intrinsics: Intrinsic[] = [];
  const problems: Finding[] = [];
  const limits = parseLimitsFor(options);
  const confined = confinement(options.roots ?? rootsFor(rootFile));

  const addParsed = (parsed: ParsedSource): SourceFile => {
    files.set(parsed.file.path, parsed.file);
    intrinsics.push(...parsed.intrinsics);
    for (const w of parsed.warnings) {
      problems.push({
        code: 'apigw-duplicate-key',
        severity: 'warn',
        message: `${w.message}: the importer keeps only one of the values`,
        path: [],
        source: parsed.file.path,
        range: w.range,
      });
    }
    return parsed.file;
  };
  const addFile = (path: string, text: string): SourceFile => addParsed(parseSource(path, text, limits));

  const root = addParsed(parsedRoot);
  const raw = root.data as Record<string, unknown>;
  const { version, versionText } = detectVersion(raw, rootFile, root.rangeOf([]).start);
  scan(root, intrinsics);

  // Follow $refs file by file; a referenced file that cannot be read is a dangling ref.
  const dangling: { file: string; path: (string | number)[]; ref: string; why: string }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const { ref, path: holder } of current.refs) {
      const path = [...holder, '$ref'];
      const target = parseRef(ref, current.path);
      if (!target) {
        const location = current.rangeOf(path);
        problems.push({
          code: 'apigw-ref-remote',
          severity: 'warn',
          message: `remote $ref '${ref}' is not followed: API Gateway does not fetch remote references; bundle it into the definition`,
          path,
          source: current.path,
          range: location,
        });
        continue;
      }
      if (current === root && target.file !== rootFile && options.origin && options.origin.how !== 'resources') {
        // CloudFormation hands API Gateway this one document (Body, DefinitionBody, an included or
        // uploaded file); the importer reads no other file, so the reference stays unresolved. A
        // warning, not an error: some projects bundle the definition in a build step before deploy.
        problems.push({
          code: 'apigw-ref-external-file',
          severity: 'warn',
          message: `$ref '${ref}' points to another file, but ${options.origin.logicalId} passes this definition to API Gateway as one document and the importer reads no other file; unless a build step bundles it before deploy, bundle it into one file or inline what it names`,
          path,
          source: current.path,
          range: current.rangeOf(path),
        });
      }
      if (!files.has(target.file)) {
        const refused = confined.refuse(target.file);
        if (refused) {
          // Never opened: a finding names the ref as written, not what is behind it.
          problems.push({
            code: 'apigw-ref-outside-root',
            severity: 'error',
            message: `$ref '${ref}' is not followed: ${refused}; to allow it, widen the root with --root DIR`,
            path,
            source: current.path,
            range: current.rangeOf(path),
          });
          continue;
        }
        let text: string;
        try {
          text = readSourceText(target.file, maxBytes);
        } catch (error) {
          dangling.push({
            file: current.path,
            path,
            ref,
            why: error instanceof InputError ? `${target.file}: ${error.message}` : 'cannot be read',
          });
          continue;
        }
        const added = addFile(target.file, text);
        scan(added, intrinsics);
        queue.push(added);
      }
      if (deref(target, (p) => files.get(p))) continue;
      if (version === 'oas30' && inSwagger2ResponseSchema(holder)) {
        problems.push({
          code: 'oas-schema',
          severity: 'info',
          message: `property 'schema' is not allowed here: an OpenAPI 3.0 response holds its schema under content.<media type>.schema, so API Gateway never reads this one (nor its $ref '${ref}', which points to nothing)`,
          path: holder,
          source: current.path,
          range: current.rangeOf(holder),
        });
        continue;
      }
      dangling.push({ file: current.path, path, ref, why: 'points to nothing' });
    }
  }
  if (dangling.length > 0 && options.danglingRefs === 'report') {
    // lint/validate: one error finding per dangling $ref, the target treated as opaque, the rest
    // of the definition checked (a missing model must not hide every other finding).
    for (const d of dangling) {
      problems.push({
        code: 'apigw-ref-dangling',
        severity: 'error',
        message: `$ref '${d.ref}' ${danglingWhy(d.why)}: import fails or loses what it names until it resolves; the rest is checked with the target unknown`,
        path: d.path,
        source: d.file,
        range: files.get(d.file)!.rangeOf(d.path),
      });
    }
  } else if (dangling.length > 0) {
    const first = dangling[0];
    const start = files.get(first.file)!.rangeOf(first.path).start;
    const more =
      dangling.length > 1 ? ` (and ${dangling.length - 1} more dangling $ref${dangling.length > 2 ? 's' : ''})` : '';
    throw new InputError(`$ref '${first.ref}' ${danglingWhy(first.why)}${more}`, {
      file: first.file,
      line: start.line + 1,
      column: start.character + 1,
    });
  }

  const lookup = (p: string) => files.get(p);
  let resolved: unknown;
  try {
    resolved = buildResolved(rootFile, lookup, (cycle) => {
      const range = files.get(cycle.file)!.rangeOf([...cycle.path, '$ref']);
      problems.push({
        code: 'apigw-ref-circular',
        severity: 'error',
        message: cycle.extension
          ? `$ref '${cycle.ref}' inside ${cycle.extension} leads back into its own value: an extension value cannot be circular, so it is not followed`
          : `$ref '${cycle.ref}' points at the whole document that contains it: it is not followed`,
        path: [...cycle.path, '$ref'],
        source: cycle.file,
        range,
      });
    });
  } catch (error) {
    // Nesting within --max-depth but deeper than the walk's stack (the limit raised far above
    // its default of 500): an input error, not an internal one.
    if (error instanceof RangeError)
      throw new InputError(
        `nested too deep to resolve (the stack ran out; real definitions stay under 60 levels): lower --max-depth`,
        { file: rootFile },
        error,
      );
    if (!(error instanceof CircularRefError)) throw error;
    const [first] = error.chain;
    const [refFile, pointer] = first.split('#');
    const start = files.get(refFile)?.rangeOf(pointer.split('/').slice(1)).start;
    throw new InputError(`${error.message} (a chain of $refs that never reaches a value)`, {
      file: refFile,
      line: start ? start.line + 1 : undefined,
      column: start ? start.character + 1 : undefined,
    });
  }

  if (version === 'oas31') {
    problems.push({
      code: 'apigw-openapi-version',
      severity: 'error',
      message: `OpenAPI ${versionText} is not supported: API Gateway imports only Swagger 2.0 and OpenAPI 3.0.x and rejects 3.1 with "Invalid OpenAPI input."`,
      path: ['openapi'],
      source: rootFile,
      range: root.rangeOf(['openapi']),
    });
  } else if (version === 'unknown') {
    const key = 'openapi' in raw ? 'openapi' : 'swagger';
    problems.push({
      code: 'apigw-openapi-version',
      severity: 'error',
      message: `'${key}: ${versionText}' is not a version API Gateway imports (Swagger 2.0 or OpenAPI 3.0.x)`,
      path: [key],
      source: rootFile,
      range: root.rangeOf([key]),
    });
  }

  const flavour = options.apiType
    ? { type: options.apiType, reason: options.apiTypeReason ?? '--api-type / apigw.yaml api.type', explicit: true }
    : { ...detectFlavour(raw), explicit: false };

  const locate = (path: JsonPath): Location => {
    const hit = locatePath(rootFile, lookup, path);
    const source = files.get(hit.file) ?? root;
    return {
      file: hit.file,
      path: hit.path,
      range: hit.path.length || path.length === 0 ? source.rangeOf(hit.path) : emptyRange,
    };
  };

  return {
    rootFile,
    files,
    raw,
    resolved,
    version,
    versionText,
    flavour,
    locate,
    intrinsics,
    problems,
    ...(options.origin ? { origin: options.origin } : {}),
  };
}

/**
 * A Swagger 2.0 response `schema` (`paths./x.get.responses.200.schema`) in an OpenAPI 3.0 document:
 * OpenAPI 3.0 responses have no such field (the schema sits under `content`), so API Gateway's
 * importer never reads it and a $ref there that points to nothing breaks nothing (corpus: the
 * deployed aws-saas-factory reference solution carries 16 of them): OpenAPI conformance, info.
 */
function inSwagger2ResponseSchema(holder: readonly (string | number)[]): boolean {
  const n = holder.length;
  return n >= 6 && holder[n - 6] === 'paths' && holder[n - 3] === 'responses' && holder[n - 1] === 'schema';
}

/** "points to nothing" reads on its own; a failed read says what failed. */
function danglingWhy(why: string): string {
  return why === 'points to nothing' ? why : `cannot be resolved (${why})`;
}

function detectVersion(
  raw: unknown,
  file: string,
  at: { line: number; character: number },
): { version: SpecVersion; versionText: string } {
  const place = { file, line: at.line + 1, column: at.character + 1 };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new NotAnApiError('not an OpenAPI or Swagger document: the top level is not a mapping', place);
  }
  const doc = raw as Record<string, unknown>;
  if ('openapi' in doc) {
    // YAML reads `openapi: 3.0` as the number 3 (as it reads `swagger: 2.0` as 2).
    const text = doc.openapi === 3 ? '3.0' : String(doc.openapi);
    return {
      version: /^3\.0(\.\d+)?$/.test(text) ? 'oas30' : /^3\.1(\.\d+)?$/.test(text) ? 'oas31' : 'unknown',
      versionText: text,
    };
  }
  if ('swagger' in doc) {
    const text = String(doc.swagger);
    return { version: text === '2.0' || text === '2' ? 'swagger2' : 'unknown', versionText: text };
  }
  throw new NotAnApiError(
    "not an OpenAPI or Swagger document: no 'openapi' or 'swagger' field at the top level",
    place,
  );
}

/** Fills `file.refs` and records long-form intrinsics (`{ "Fn::Sub": ... }`) beside the short tags the parser found. */
function scan(file: SourceFile, into: Intrinsic[]): void {
  // Parsed JSON is a tree (YAML aliases and data built from a template may share nodes).
  const { refs, intrinsics } = scanFile(file.data, file.format === 'json' && !file.embedded);
  file.refs = refs;
  const known = new Set(into.filter((i) => i.file === file.path).map((i) => i.path.join('\u0000')));
  for (const { path, fn } of intrinsics) {
    const key = path.join('\u0000');
    if (known.has(key)) continue;
    known.add(key);
    into.push({ file: file.path, path, fn });
  }
}

/**
 * For commands that have no findings to carry it (diff, deploy): the first `$ref` refused for
 * leaving the roots, as a positioned InputError. Going on without its target would compare or
 * push something else than what the user wrote.
 */
export function assertNoRefusedRefs(file: string, problems: Finding[]): void {
  const refused = problems.find((p) => p.code === 'apigw-ref-outside-root');
  if (!refused) return;
  const start = refused.range.start;
  throw new InputError(refused.message, {
    file: refused.source ?? file,
    line: start.line + 1,
    column: start.character + 1,
  });
}
