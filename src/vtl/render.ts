/**
 * renderTemplate: one template, one request, exactly what API Gateway would produce, plus the
 * overrides the template assigned under `$context`.
 */
import { defaultContext, deepMerge, printsEmpty } from './context.js';
import { defaultLimits, runTemplate, TemplateRenderError } from './engine.js';
import { javaToString } from './java.js';
import { parseVtl, TemplateSyntaxError, type VtlNode } from './parse.js';
import type { ParamValue, ParseResult, RenderOptions, TemplateInput, TemplateResult } from './types.js';
import { makeInput, makeUtil } from './variables.js';

export { TemplateRenderError } from './engine.js';

/**
 * One parse per template text for the whole process, shared by every lint rule, lint's renders and
 * test-template (issue #19): an AST, or the syntax error the text has. Bounded by entries and by
 * template characters (templates are at most 300 KB); the oldest entries go first.
 */
const parseCache = new Map<string, VtlNode[] | TemplateSyntaxError>();
const CACHE_ENTRIES = 2000;
const CACHE_CHARS = 32 * 1024 * 1024;
let cachedChars = 0;
/** How many times a template text was parsed (tests check the cache is shared). */
export const parseStats = { parses: 0 };

function parsedTemplate(text: string): VtlNode[] {
  let hit = parseCache.get(text);
  if (hit === undefined) {
    parseStats.parses++;
    try {
      hit = parseVtl(text);
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      hit = error;
    }
    while (parseCache.size >= CACHE_ENTRIES || (cachedChars + text.length > CACHE_CHARS && parseCache.size > 0)) {
      const oldest = parseCache.keys().next().value as string;
      parseCache.delete(oldest);
      cachedChars -= oldest.length;
    }
    parseCache.set(text, hit);
    cachedChars += text.length;
  }
  if (hit instanceof TemplateSyntaxError) throw hit;
  return hit;
}

export function parseTemplate(text: string): ParseResult {
  try {
    parsedTemplate(text);
    return { ok: true };
  } catch (error) {
    if (error instanceof TemplateSyntaxError)
      return { ok: false, message: error.message, line: error.line, column: error.column };
    throw error;
  }
}

/**
 * Override values as API Gateway sends them: a list assigned to a header or query string override is
 * a multi-value parameter (DG apigateway-override-request-response-parameters examples), anything
 * else its printed text.
 */
function overrideMap(value: unknown): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      out[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(javaToString) : javaToString(v);
    }
  }
  return out;
}

/** A path override is one value: a list prints as its text. */
function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = javaToString(v);
  }
  return out;
}

/**
 * A Lambda authorizer's context values reach templates as strings (`1` -> "1", `true` -> "true"); a
 * Cognito authorizer's `claims` stay a map of strings.
 */
function authorizerAsStrings(context: Record<string, unknown>): void {
  const authorizer = context.authorizer;
  if (!authorizer || typeof authorizer !== 'object' || Array.isArray(authorizer)) return;
  for (const [k, v] of Object.entries(authorizer)) {
    if (k === 'claims' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [ck, cv] of Object.entries(v))
        if (cv !== null && typeof cv !== 'object') (v as Record<string, unknown>)[ck] = javaToString(cv);
    } else if (v !== null && typeof v !== 'object') (authorizer as Record<string, unknown>)[k] = javaToString(v);
  }
}

/** Renders `text`. Throws TemplateRenderError (with 1-based line/column) when the template fails. */
export function renderTemplate(text: string, input: TemplateInput = {}, options: RenderOptions = {}): TemplateResult {
  const limits = { ...defaultLimits, ...options.limits };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxTemplateBytes) {
    throw new TemplateRenderError(
      `template is ${bytes} bytes; API Gateway accepts at most ${limits.maxTemplateBytes} (300 KB)`,
      1,
      1,
      'limit',
    );
  }
  let asts: VtlNode[];
  try {
    asts = parsedTemplate(text);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) throw new TemplateRenderError(error.message, error.line, error.column);
    throw error;
  }
  const request = input.request ?? {};
  const kind = options.kind ?? 'request';
  const base = (options.baseContext ?? defaultContext)(input, options.now ?? new Date());
  const context = deepMerge(base, structuredClone(input.context ?? {}));
  authorizerAsStrings(context);
  const ctx = context as { responseOverride: Record<string, unknown>; requestOverride: Record<string, unknown> };
  if (!ctx.responseOverride || typeof ctx.responseOverride !== 'object')
    ctx.responseOverride = printsEmpty({ header: printsEmpty({}) });
  if (!ctx.requestOverride || typeof ctx.requestOverride !== 'object')
    ctx.requestOverride = printsEmpty({ header: printsEmpty({}), path: printsEmpty({}), querystring: printsEmpty({}) });
  // A request template's response overrides are visible to (and kept by) the response template on AWS
  // (LocalStack test_apigateway_integrations.snapshot.json, test_integration_mock_with_response_override_in_request_template).
  if (options.responseOverride)
    deepMerge(ctx.responseOverride, structuredClone(options.responseOverride) as Record<string, unknown>);
  const warnings: string[] = [];
  const variables: Record<string, unknown> = {
    context,
    input: makeInput(request, kind === 'response' ? input.integrationResponse?.body : request.body),
    util: makeUtil(),
    stageVariables: { ...(input.stageVariables ?? {}) },
  };
  const output = runTemplate(text, asts, variables, limits, warnings);
  const finalContext = variables.context as typeof ctx;
  const responseOverride = { ...(finalContext.responseOverride ?? {}) };
  const requestOverride = finalContext.requestOverride ?? {};
  const status = responseOverride.status;
  let statusOverride: number | null = null;
  if (status !== undefined && status !== null) {
    const n = Number(javaToString(status));
    if (Number.isInteger(n) && n >= 100 && n <= 599) statusOverride = n;
    else
      warnings.push(
        `$context.responseOverride.status = ${javaToString(status)} is not an HTTP status code; API Gateway answers 500`,
      );
  }
  return {
    output,
    statusOverride,
    headerOverrides: overrideMap(responseOverride.header),
    requestOverrides: {
      header: overrideMap(requestOverride.header),
      querystring: overrideMap(requestOverride.querystring),
      path: stringMap(requestOverride.path),
    },
    responseOverride: plain(responseOverride) as Record<string, unknown>,
    warnings,
  };
}

/** Template values as plain JSON data (drops our list markers). */
function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v ?? null));
}
