/**
 * Loads every API definition a CloudFormation/SAM template holds. Inline bodies become views of
 * the template (findings point at the template, with the path inside it); included files load as
 * files of their own (findings point at them). What cannot be read offline is one info finding at
 * the place that says where the definition is.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ApigwError } from '../../core/errors.js';
import type { Finding, JsonPath } from '../../core/finding.js';
import { confinement, rootsFor } from '../confine.js';
import { parseLimitsFor } from '../parse-limits.js';
import { parseSource, type ParsedSource } from '../parse.js';
import { DEFAULT_MAX_BYTES, readSourceText } from '../read.js';
import type { Intrinsic, LoadedSpec, LoadOptions, SourceFile } from '../types.js';
import { findTemplateApis, type TemplateApi } from './find-apis.js';
import type { Resources } from './refs.js';
import { samTransformHttp, samTransformRest, type SamMove, type SamTransformed } from './sam-api.js';

export interface TemplateLoad {
  template: SourceFile;
  /** Short-form intrinsics of the template (`!Sub` values are plain strings in `template.data`). */
  intrinsics: Intrinsic[];
  /** Every API found, in template order (including those not read). */
  apis: TemplateApi[];
  /** The definitions read (OpenAPI bodies and included files). */
  specs: LoadedSpec[];
  /** Problems at template level: a definition that cannot be read, duplicate keys, ... */
  problems: Finding[];
  /** One line per API for the report's notes. */
  notes: string[];
}

export const UNREADABLE_RULE = 'apigw-template-definition-unreadable';
export const INVALID_RULE = 'apigw-template-definition-invalid';

export async function loadTemplate(parsed: ParsedSource, options: LoadOptions = {}): Promise<TemplateLoad> {
  const template = parsed.file;
  const { loadFromRoot, loadSpec } = await import('../load.js');
  const apis = findTemplateApis(template.data as { Resources: Record<string, unknown> });
  const out: TemplateLoad = { template, intrinsics: parsed.intrinsics, apis, specs: [], problems: [], notes: [] };
  for (const w of parsed.warnings) {
    out.problems.push({
      code: 'apigw-duplicate-key',
      severity: 'warn',
      message: `${w.message}: CloudFormation keeps only one of the values`,
      path: [],
      source: template.path,
      range: w.range,
    });
  }
  const at = (path: JsonPath): Finding['range'] => template.rangeOf(path);
  // An included file and everything its $refs reach stay inside the template's roots.
  const roots = options.roots ?? rootsFor(template.path);
  const confined = confinement(roots);
  const resources = (template.data as { Resources: Record<string, unknown> }).Resources;
  const originOf = (api: TemplateApi, transformed?: SamTransformed) => {
    const sam = api.type.startsWith('AWS::Serverless::');
    const modelled = new Set(transformed?.modelled ?? []);
    const schemes = sam && !modelled.has('Auth') ? samSecuritySchemes(resources[api.logicalId]) : [];
    const generated = sam ? samGeneratedRules(resources[api.logicalId], modelled) : [];
    const added = (transformed?.added ?? []).map((a) => ({ ...a, range: at(a.template) }));
    return {
      template: template.path,
      logicalId: api.logicalId,
      resourceType: api.type,
      ...(schemes.length > 0 ? { samSecuritySchemes: schemes } : {}),
      ...(generated.length > 0 ? { samGenerated: generated } : {}),
      ...(added.length > 0 ? { samAdded: added } : {}),
    };
  };
  for (const api of apis) {
    const { place } = api;
    const name = `${api.logicalId} (${api.type})`;
    const apiType = options.apiType ?? (api.protocol === 'http' ? 'http' : 'rest');
    const common: LoadOptions = { ...options, roots, apiType, apiTypeReason: options.apiType ? undefined : api.type };
    try {
      if (place.how === 'inline') {
        const sam = samTransformOf(api, resources[api.logicalId], getAt(template.data, place.path));
        const origin = { ...originOf(api, sam), how: 'inline' as const };
        const view = sam
          ? embeddedView(parsed, place.path, {
              data: sam.doc,
              toTemplate: (p) => [...place.path, ...unmoved(p, sam.moved)],
              samePaths: true,
            })
          : embeddedView(parsed, place.path);
        out.specs.push(await loadFromRoot(view, { ...common, origin }));
      } else if (place.how === 'include' || place.how === 'definition-uri') {
        const file = resolve(dirname(template.path), place.file);
        const refused = confined.refuse(file);
        if (refused) {
          // Never opened, as for a $ref: the finding names the location as written.
          out.problems.push({
            code: 'apigw-ref-outside-root',
            severity: 'error',
            message: `${name}: '${place.file}' is not read: ${refused}; to allow it, widen the root with --root DIR`,
            path: place.path,
            source: template.path,
            range: at(place.path),
          });
          continue;
        }
        // SAM edits an included body (AWS::Include runs first); a DefinitionUri it does not read at all.
        if (place.how === 'include') {
          const included = parseSource(
            file,
            readSourceText(file, options.maxBytes ?? DEFAULT_MAX_BYTES),
            parseLimitsFor(options),
          );
          const sam = samTransformOf(api, resources[api.logicalId], included.file.data);
          const origin = { ...originOf(api, sam), how: place.how };
          out.specs.push(await loadFromRoot(sam ? editedView(included, sam) : included, { ...common, origin }));
        } else {
          const origin = { ...originOf(api), how: place.how };
          out.specs.push(await loadSpec(file, { ...common, origin }));
        }
      } else if (place.how === 'unreadable') {
        out.problems.push({
          code: UNREADABLE_RULE,
          severity: 'info',
          message: `${name}: not checked: ${place.why}`,
          path: place.path,
          source: template.path,
          range: at(place.path),
        });
      } else if (place.how === 'resources' && api.protocol !== 'websocket') {
        const rest = api.protocol === 'rest';
        const built = rest
          ? (await import('./rest-resources.js')).restApiFromResources(resources as Resources, api.logicalId)
          : (await import('./http-resources.js')).httpApiFromResources(resources as Resources, api.logicalId);
        for (const id of built.unplaced) {
          const path = ['Resources', id, 'Properties', rest ? 'ResourceId' : 'RouteKey'];
          const why = rest
            ? `its resource path cannot be worked out from the template (ResourceId is not a Ref to a Resource of ${api.logicalId})`
            : 'its RouteKey is not METHOD /path or $default';
          out.problems.push({
            code: UNREADABLE_RULE,
            severity: 'info',
            message: `${id} (${rest ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Route'}): not checked: ${why}`,
            path,
            source: template.path,
            range: at(path),
          });
        }
        if (Object.keys(built.doc.paths as object).length === 0) {
          out.notes.push(
            `${name}: no ${rest ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Route'} in this template refers to it (not checked)`,
          );
          continue;
        }
        const origin = { ...originOf(api), how: 'resources' as const };
        const view = embeddedView(parsed, api.path, { data: built.doc, toTemplate: (p) => built.map.toTemplate(p) });
        out.specs.push(await loadFromRoot(view, { ...common, origin }));
      } else if (place.how === 'implicit') {
        out.notes.push(
          `${name}: no DefinitionBody or DefinitionUri; SAM builds the definition from the functions' events (not checked)`,
        );
      }
    } catch (error) {
      if (!(error instanceof ApigwError)) throw error;
      // One unusable definition must not hide the template's other APIs.
      const where = error.place;
      // A file that does not exist cannot carry the finding (no editor, SARIF viewer or annotation
      // can show it): the template's property that names it does, with the file in the message.
      if (where?.file && where.file !== template.path && existsSync(where.file)) {
        const line = Math.max(0, (where.line ?? 1) - 1);
        const character = Math.max(0, (where.column ?? 1) - 1);
        out.problems.push({
          code: INVALID_RULE,
          severity: 'error',
          message: `${name}: ${error.message}`,
          path: [],
          source: where.file,
          range: { start: { line, character }, end: { line, character } },
        });
      } else {
        const path = 'path' in place ? place.path : api.path;
        const missing =
          where?.file && where.file !== template.path ? `${relative(dirname(template.path), where.file)}: ` : '';
        out.problems.push({
          code: INVALID_RULE,
          severity: 'error',
          message: `${name}: ${missing}${error.message}`,
          path,
          source: template.path,
          range: at(path),
        });
      }
    }
  }
  return out;
}

/** The definition at `path` of a parsed template, as a file of its own whose positions map into the template. */
export function embeddedView(
  parsed: ParsedSource,
  path: JsonPath,
  built?: { data: unknown; toTemplate(p: JsonPath): JsonPath; samePaths?: boolean },
): ParsedSource {
  const template = parsed.file;
  const data = built ? built.data : getAt(parsed.file.data, path);
  const toTemplate = built ? built.toTemplate : (p: JsonPath): JsonPath => [...path, ...p];
  const view: SourceFile = {
    path: template.path,
    text: template.text,
    format: template.format,
    data,
    refs: [],
    rangeOf: (p) => template.rangeOf(toTemplate(p)),
    parserResult: { data, ast: undefined, lineMap: undefined, diagnostics: [] },
    embedded: { toTemplate },
  };
  // A built document's intrinsics are found by the loader's scan (short tags are long-form objects by now);
  // an edited body (SAM's additions) keeps the short tags written in it, at the same paths.
  if (built && !built.samePaths) return { file: view, intrinsics: [], warnings: [] };
  const inside = (i: Intrinsic): boolean => i.path.length >= path.length && path.every((s, k) => i.path[k] === s);
  const intrinsics = parsed.intrinsics.filter(inside).map((i) => ({ ...i, path: i.path.slice(path.length) }));
  return { file: view, intrinsics, warnings: [] };
}

function getAt(data: unknown, path: JsonPath): unknown {
  let node = data as Record<string | number, unknown> | undefined;
  for (const segment of path) node = node?.[segment] as Record<string | number, unknown> | undefined;
  return node;
}

/**
 * Findings on a definition read from a template, as the template's author sees them: paths in an
 * embedded definition become paths in the template, and security schemes SAM adds to the
 * definition itself (from the Api's `Auth`) are not reported as undefined.
 */
export function asTemplateFindings(spec: LoadedSpec, findings: Finding[]): Finding[] {
  const added = new Set(spec.origin?.samSecuritySchemes ?? []);
  const generated = new Set(spec.origin?.samGenerated ?? []);
  const kept = findings.filter(
    (f) =>
      !generated.has(f.code) &&
      (f.code !== 'apigw-xref-security-scheme' || !added.has(String(f.path[f.path.length - 1]))),
  );
  const root = spec.files.get(spec.rootFile);
  const samAdded = spec.origin?.samAdded ?? [];
  const toTemplate = root?.embedded?.toTemplate;
  const out: Finding[] = [];
  for (const f of kept) {
    const from = f.source === spec.rootFile ? longestPrefix(samAdded, f.path) : undefined;
    // SAM's OPTIONS skeleton deploys as SAM writes it; a hygiene finding there is one nobody can act on.
    if (from && SAM_SKELETON_NOISE.test(f.code)) continue;
    out.push(placed(f, from));
  }
  return out;

  function placed(f: Finding, from: (typeof samAdded)[number] | undefined): Finding {
    if (f.source !== spec.rootFile) return f;
    // A node SAM wrote: the finding belongs to the template property that made it.
    if (from)
      return {
        ...f,
        message: `${f.message.replace(/\.$/, '')}${samNote(f.code, from.template)}.`,
        source: spec.origin!.template,
        path: from.template,
        range: from.range,
      };
    return toTemplate ? { ...f, path: toTemplate(f.path) } : f;
  }
}

const SAM_SKELETON_NOISE = /^(oas\d?-|apigw-path-parameter$|apigw-extension-schema$)/;

/** Where the node came from, and SAM's own switch when the fix is one. */
function samNote(code: string, template: JsonPath): string {
  const property = template.slice(3).join('.');
  const hint =
    code === 'apigw-preflight-authorized' && property.startsWith('Auth.DefaultAuthorizer')
      ? '; with SAM: Auth.AddDefaultAuthorizerToCorsPreflight: false'
      : code === 'apigw-preflight-authorized' && property.startsWith('Auth.ApiKeyRequired')
        ? '; with SAM: Auth.AddApiKeyRequiredToCorsPreflight: false'
        : '';
  return ` (written by the AWS::Serverless transform from ${property}${hint})`;
}

function longestPrefix<T extends { built: JsonPath }>(entries: T[], path: JsonPath): T | undefined {
  let best: T | undefined;
  for (const e of entries)
    if (
      e.built.length <= path.length &&
      (!best || e.built.length > best.built.length) &&
      e.built.every((s, i) => String(s) === String(path[i]))
    )
      best = e;
  return best;
}

/** A path in SAM's edited definition -> the path where it is written (OpenAPI 3: `components.securitySchemes` was `securityDefinitions`). */
function unmoved(path: JsonPath, moved: SamMove[]): JsonPath {
  const hit = longestPrefix(moved, path);
  return hit ? [...hit.written, ...path.slice(hit.built.length)] : path;
}

/** The SAM transform of an Api's definition (undefined: not a SAM Api, or nothing SAM writes). */
function samTransformOf(api: TemplateApi, resource: unknown, body: unknown): SamTransformed | undefined {
  const props = (resource as { Properties?: unknown } | null)?.Properties;
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return undefined;
  if (api.type === 'AWS::Serverless::Api')
    return samTransformRest(body, props as Record<string, unknown>, api.logicalId);
  if (api.type === 'AWS::Serverless::HttpApi')
    return samTransformHttp(body, props as Record<string, unknown>, api.logicalId);
  return undefined;
}

/** An included file as SAM edited it: its own file still, positions of moved nodes mapped back to where they are written. */
function editedView(parsed: ParsedSource, sam: SamTransformed): ParsedSource {
  const file = parsed.file;
  const written = (p: JsonPath): JsonPath => unmoved(p, sam.moved);
  const view: SourceFile = {
    ...file,
    data: sam.doc,
    rangeOf: (p) => file.rangeOf(written(p)),
    parserResult: { data: sam.doc, ast: undefined, lineMap: undefined, diagnostics: [] },
    embedded: { toTemplate: written },
  };
  return { file: view, intrinsics: parsed.intrinsics, warnings: parsed.warnings };
}

/**
 * Rules whose subject SAM writes into the definition itself from the Api's properties: `Cors` adds
 * an OPTIONS method to every path, `GatewayResponses` adds the gateway responses (with their
 * headers). apigw sees the definition before SAM does, so these findings would be false.
 */
export function samGeneratedRules(resource: unknown, modelled: Set<string> = new Set()): string[] {
  const props = (resource as { Properties?: Record<string, unknown> } | null)?.Properties ?? {};
  const rules: string[] = [];
  if (props.Cors !== undefined && !modelled.has('Cors')) rules.push('apigw-cors-preflight-missing');
  if (props.GatewayResponses !== undefined && !modelled.has('GatewayResponses'))
    rules.push('apigw-gateway-response-cors');
  return rules;
}

/**
 * The security schemes SAM writes into an Api's definition from its `Auth` property: one per
 * `Authorizers` entry, `api_key` when API keys are required, `AWS_IAM` for IAM authorization.
 */
export function samSecuritySchemes(resource: unknown): string[] {
  const auth = (resource as { Properties?: { Auth?: Record<string, unknown> } } | null)?.Properties?.Auth;
  if (auth === null || typeof auth !== 'object') return [];
  const names = Object.keys(
    (auth.Authorizers !== null && typeof auth.Authorizers === 'object' ? auth.Authorizers : {}) as object,
  );
  if (auth.ApiKeyRequired !== undefined || auth.UsagePlan !== undefined) names.push('api_key');
  if (auth.DefaultAuthorizer === 'AWS_IAM' || auth.InvokeRole !== undefined) names.push('AWS_IAM');
  return names;
}
