/**
 * renderTemplate: one template, one request, exactly what API Gateway would produce, plus the
 * overrides the template assigned under `$context`.
 */
import { defaultContext, deepMerge } from './context.js';
import { defaultLimits, runTemplate, TemplateRenderError } from './engine.js';
import { javaToString } from './java.js';
import { parseVtl, TemplateSyntaxError, type VtlNode } from './parse.js';
import type { ParseResult, RenderOptions, TemplateInput, TemplateResult } from './types.js';
import { makeInput, makeUtil } from './variables.js';

export { TemplateRenderError } from './engine.js';

const astCache = new Map<string, VtlNode[]>();

function parsedTemplate(text: string): VtlNode[] {
  const hit = astCache.get(text);
  if (hit) return hit;
  const asts = parseVtl(text);
  if (astCache.size > 200) astCache.clear();
  astCache.set(text, asts);
  return asts;
}

export function parseTemplate(text: string): ParseResult {
  try {
    parseVtl(text);
    return { ok: true };
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return { ok: false, message: error.message, line: error.line, column: error.column };
    throw error;
  }
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = javaToString(v);
  }
  return out;
}

/** Renders `text`. Throws TemplateRenderError (with 1-based line/column) when the template fails. */
export function renderTemplate(text: string, input: TemplateInput = {}, options: RenderOptions = {}): TemplateResult {
  const limits = { ...defaultLimits, ...options.limits };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxTemplateBytes) {
    throw new TemplateRenderError(`template is ${bytes} bytes; API Gateway accepts at most ${limits.maxTemplateBytes} (300 KB)`, 1, 1, 'limit');
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
  const context = deepMerge(defaultContext(input, options.now ?? new Date()), structuredClone(input.context ?? {}));
  const ctx = context as { responseOverride: Record<string, unknown>; requestOverride: Record<string, unknown> };
  if (!ctx.responseOverride || typeof ctx.responseOverride !== 'object') ctx.responseOverride = { header: {} };
  if (!ctx.requestOverride || typeof ctx.requestOverride !== 'object') ctx.requestOverride = { header: {}, path: {}, querystring: {} };
  // A request template's response overrides are visible to (and kept by) the response template on AWS
  // (LocalStack test_apigateway_integrations.snapshot.json, test_integration_mock_with_response_override_in_request_template).
  if (options.responseOverride) deepMerge(ctx.responseOverride, structuredClone(options.responseOverride) as Record<string, unknown>);
  const variables: Record<string, unknown> = {
    context,
    input: makeInput(request, kind === 'response' ? input.integrationResponse?.body : request.body),
    util: makeUtil(),
    stageVariables: { ...(input.stageVariables ?? {}) },
  };
  const warnings: string[] = [];
  const output = runTemplate(text, asts, variables, limits, warnings);
  const finalContext = variables.context as typeof ctx;
  const responseOverride = { ...(finalContext.responseOverride ?? {}) };
  const requestOverride = finalContext.requestOverride ?? {};
  const status = responseOverride.status;
  let statusOverride: number | null = null;
  if (status !== undefined && status !== null) {
    const n = Number(javaToString(status));
    if (Number.isInteger(n) && n >= 100 && n <= 599) statusOverride = n;
    else warnings.push(`$context.responseOverride.status = ${javaToString(status)} is not an HTTP status code; API Gateway answers 500`);
  }
  return {
    output,
    statusOverride,
    headerOverrides: stringMap(responseOverride.header),
    requestOverrides: {
      header: stringMap(requestOverride.header),
      querystring: stringMap(requestOverride.querystring),
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
