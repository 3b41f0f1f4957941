/**
 * Helpers shared by rule functions: where API Gateway extensions live in a definition, how
 * CloudFormation/Terraform values are recognised (and left alone), and a small builder that turns a
 * check into a Spectral function.
 */
import type { IFunctionResult, RulesetFunctionContext } from '@stoplight/spectral-core';
import { isIntrinsic, isOpaque as isOpaqueValue, subString } from '../../src/definition/intrinsics.js';
import { isOperationKey } from '../../src/definition/methods.js';
import type { Flavour } from '../../src/definition/api-type.js';
import { ruleSees, type RuleSees } from './run-context.js';

export type Path = (string | number)[];
export type Context = RulesetFunctionContext;

export { OPENAPI_METHODS as HTTP_METHODS, ANY_METHOD } from '../../src/definition/methods.js';
export const INTEGRATION = 'x-amazon-apigateway-integration';

/** Every operation-level integration (the `x-amazon-apigateway-any-method` key is matched by `[*]` too) and HTTP APIs' reusable ones. */
export const INTEGRATION_GIVEN = [`$.paths[*][*].${INTEGRATION}`, '$.components.x-amazon-apigateway-integrations[*]'];
/** Operation-level integrations only (where the operation around them matters). */
export const OPERATION_INTEGRATION_GIVEN = `$.paths[*][*].${INTEGRATION}`;

/** A check over one target value; returns problems as [relative path, message]. */
export type Check<T = any> = (
  target: T,
  ctx: Context & RuleSees & { flavour: Flavour; root: any },
) => Array<[Path, string]> | void;

/**
 * Wraps a check as a Spectral rule function: gives it the run context (API type, endpoint type;
 * see run-context.ts) and the root document, and makes every reported path absolute. Targets that are intrinsics are skipped before the check runs.
 */
export function ruleFunction<T = any>(check: Check<T>) {
  return (target: unknown, options: unknown, context: Context): IFunctionResult[] => {
    if (target === null || target === undefined || isIntrinsic(target)) return [];
    // The resolved document, so lookups around the target (operation parameters, ...) follow $refs.
    const root = ((context.documentInventory as { resolved?: unknown } | undefined)?.resolved ??
      context.document.data) as any;
    // A copy, not Object.create(context): Spectral reuses one context object per rule and sets its
    // `path` for every target; made a prototype, each of those writes deoptimised the checks
    // (3 s of 20 at 5,000 operations). Written out field by field (Spectral's context is these
    // four), so every call makes an object of one shape: spreading it was slower.
    const sees = seesOf(options, root);
    const checkContext = {
      document: context.document,
      documentInventory: context.documentInventory,
      rule: context.rule,
      path: context.path,
      flavour: sees.flavour,
      endpointType: sees.endpointType,
      declaredEndpointType: sees.declaredEndpointType,
      root,
    };
    const problems = check(target as T, checkContext as never) ?? [];
    return problems.length === 0
      ? []
      : problems.map(([path, message]) => ({ message, path: [...context.path, ...path] }));
  };
}

/** What a rule sees depends only on its options (the run context) and the document: worked out once per pair. */
const seen = new WeakMap<object, { root: unknown; sees: RuleSees }>();

function seesOf(options: unknown, root: unknown): RuleSees {
  if (options === null || typeof options !== 'object') return ruleSees(options, root);
  const hit = seen.get(options);
  if (hit && hit.root === root) return hit.sees;
  const sees = ruleSees(options, root);
  seen.set(options, { root, sees });
  return sees;
}

/** The operation object that holds an integration found at `…/<method>/x-amazon-apigateway-integration`. */
export function operationAt(
  root: any,
  integrationPath: Path,
): { path: Path; operation: any; pathKey: string; method: string } | undefined {
  if (integrationPath[0] !== 'paths' || integrationPath.length < 4) return undefined;
  const [, pathKey, method] = integrationPath as [string, string, string];
  const operation = root?.paths?.[pathKey]?.[method];
  return operation && typeof operation === 'object'
    ? { path: integrationPath.slice(0, 3), operation, pathKey, method }
    : undefined;
}

/** Lower-cased integration type (`AWS_PROXY` and `aws_proxy` are the same to API Gateway). */
export function integrationType(integration: any): string | undefined {
  return typeof integration?.type === 'string' ? integration.type.toLowerCase() : undefined;
}

export function isProxy(integration: any): boolean {
  const t = integrationType(integration);
  return t === 'aws_proxy' || t === 'http_proxy';
}

/** Tags whose plain value the YAML parser keeps but which CloudFormation replaces (`!Sub` keeps its string, which is checkable). */
const OPAQUE_TAG = /^unknown tag <!(?!Sub>)[A-Za-z]+>/i;
const taggedLinesCache = new WeakMap<object, Set<number>>();

/** Lines holding a CloudFormation short tag (plain Spectral sees `!GetAtt Fn.Arn` as the string "Fn.Arn"). */
function taggedLines(context: Context): Set<number> {
  const key = context.document as object;
  let lines = taggedLinesCache.get(key);
  if (!lines) {
    lines = new Set();
    for (const d of context.document.diagnostics ?? []) if (OPAQUE_TAG.test(d.message)) lines.add(d.range.start.line);
    taggedLinesCache.set(key, lines);
  }
  return lines;
}

/**
 * True when the value is not what API Gateway will see: an intrinsic object, a short-tagged YAML
 * value, or text with a deploy-time placeholder other than API Gateway's own import variables.
 */
export function isOpaque(value: unknown, context?: Context, path?: Path): boolean {
  if (isOpaqueValue(value)) return true;
  if (context && path && taggedLines(context).size > 0) {
    const range = context.document.getRangeForJsonPath(path, true);
    if (range && taggedLines(context).has(range.start.line)) return true;
  }
  return false;
}

/** The string to check: the value itself, or the template inside `Fn::Sub`; undefined for anything else. */
export function textOf(value: unknown): string | undefined {
  const v = subString(value);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Replaces every `${...}` (deploy-time placeholder, AWS import variable or stage variable) by a
 * neutral token, so shape checks see only what is literally written.
 */
export function withoutPlaceholders(text: string, token = 'PLACEHOLDER'): string {
  return text.replace(/\$\{[^}]*\}/g, token);
}

/** A placeholder token stands for a whole segment, or the segment contains one. */
export function hasPlaceholder(text: string): boolean {
  return /\$\{[^}]*\}/.test(text);
}

export function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Operations of a path item in written order, with their method key (`x-amazon-apigateway-any-method` included). */
export function operationsOf(pathItem: unknown): Array<[string, any]> {
  if (!isObject(pathItem)) return [];
  return Object.entries(pathItem).filter(([k, v]) => isOperationKey(k) && isObject(v));
}

const cache = new WeakMap<object, Map<string, unknown>>();

/** Memoises a whole-document computation (rules called once per node must not rescan the document each time). */
export function perDocument<T>(root: unknown, key: string, compute: () => T): T {
  if (!isObject(root)) return compute();
  let entry = cache.get(root);
  if (!entry) cache.set(root, (entry = new Map()));
  if (!entry.has(key)) entry.set(key, compute());
  return entry.get(key) as T;
}

export function quote(value: unknown): string {
  return JSON.stringify(value);
}
