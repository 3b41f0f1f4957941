/**
 * Integration response side: which integration response a backend answer selects, its
 * `responseParameters`, which response template runs (by Accept), and the final status and headers
 * (reference §2.1.3, §2.1.5, §2.1.6).
 */
import { javaRegex } from '../java-regex.js';
import { isDeadlineError, withDeadline } from '../deadline.js';
import { TemplateRenderError } from '../engine.js';

/** A pattern from the definition against a message from the backend: a backtracking regex can run for minutes. */
const PATTERN_MS = 2000;

function matchesWithin(re: RegExp, value: string, pattern: string): boolean {
  // Backtracking needs input to blow up; a status code is three characters.
  if (value.length <= 16) return re.test(value);
  try {
    return withDeadline(PATTERN_MS, () => re.test(value));
  } catch (error) {
    if (!isDeadlineError(error)) throw error;
    throw new TemplateRenderError(
      `selectionPattern ${JSON.stringify(pattern)} took longer than ${PATTERN_MS} ms to match (limit of this tool)`,
      0,
      0,
      'limit',
    );
  }
}
import type { TemplateInput } from '../types.js';
import { findTemplateKey, header, mediaType } from './media.js';
import { evaluateMappingSource } from './request.js';

export interface IntegrationResponseDef {
  statusCode?: string | number;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: string;
}

export interface SelectedResponse {
  /** The `responses` key (selectionPattern) that matched, or `default`. */
  pattern: string;
  response: IntegrationResponseDef;
  statusCode: number;
  reason: string;
}

/**
 * Matches `selectionValue` (the backend status code for HTTP/AWS integrations, the Lambda
 * `errorMessage` for Lambda custom integrations) against each pattern as a whole-string Java regex;
 * falls back to `default`. Null when nothing matches and there is no default (API Gateway then
 * answers 500 "Internal server error").
 */
export function selectIntegrationResponse(
  responses: Record<string, IntegrationResponseDef> | undefined,
  selectionValue: string | undefined,
  what: string,
): SelectedResponse | null {
  const entries = Object.entries(responses ?? {});
  if (selectionValue !== undefined) {
    for (const [pattern, response] of entries) {
      if (pattern === 'default' || pattern === '') continue;
      let re: RegExp;
      try {
        re = javaRegex(`^(?:${pattern})$`, '');
      } catch {
        continue;
      }
      if (matchesWithin(re, selectionValue, pattern)) {
        return {
          pattern,
          response,
          statusCode: Number(response.statusCode ?? 200),
          reason: `${what} ${JSON.stringify(selectionValue)} matches selectionPattern ${pattern}`,
        };
      }
    }
  }
  const fallback = entries.find(([p]) => p === 'default' || p === '');
  if (!fallback) return null;
  return {
    pattern: fallback[0],
    response: fallback[1],
    statusCode: Number(fallback[1].statusCode ?? 200),
    reason:
      selectionValue === undefined
        ? `no ${what}; the default response is used`
        : `${what} ${JSON.stringify(selectionValue)} matches no selectionPattern; the default response is used`,
  };
}

export type ResponseTemplateChoice =
  | { action: 'template'; contentType: string; template: string; reason: string }
  | { action: 'passthrough'; reason: string };

/**
 * Picks the response template by the method request's Accept (absent: application/json); with no
 * match, application/json's template, else the first one (DG request-response-data-mappings;
 * LocalStack execute_api/handlers/integration_response.py get_response_template).
 */
export function selectResponseTemplate(
  templates: Record<string, string> | undefined,
  accept: string | undefined,
): ResponseTemplateChoice {
  const all = templates ?? {};
  const keys = Object.keys(all);
  if (keys.length === 0)
    return { action: 'passthrough', reason: 'no response templates; the integration body passes through' };
  const type = mediaType(accept) ?? 'application/json';
  const how = accept === undefined ? 'no Accept header, so application/json is assumed' : `Accept is ${type}`;
  const exact = findTemplateKey(all, type);
  if (exact !== undefined)
    return {
      action: 'template',
      contentType: exact,
      template: all[exact],
      reason: `${how}; the ${exact} template matches`,
    };
  const json = findTemplateKey(all, 'application/json');
  if (json !== undefined)
    return {
      action: 'template',
      contentType: json,
      template: all[json],
      reason: `${how}; no template matches, application/json's is used`,
    };
  return {
    action: 'template',
    contentType: keys[0],
    template: all[keys[0]],
    reason: `${how}; no template matches, the first one (${keys[0]}) is used`,
  };
}

/** `method.response.header.X` <- integration.response.header.Y / body / 'static' / context / stageVariables. */
export function mapResponseParameters(
  responseParameters: Record<string, string> | undefined,
  input: TemplateInput,
  context: Record<string, unknown>,
): { headers: Record<string, string>; warnings: string[] } {
  const headers: Record<string, string> = {};
  const warnings: string[] = [];
  for (const [target, source] of Object.entries(responseParameters ?? {})) {
    const m = /^method\.response\.header\.(.+)$/.exec(target);
    if (!m) {
      warnings.push(`responseParameters key ${target} is not method.response.header.NAME`);
      continue;
    }
    try {
      const v = evaluateMappingSource(String(source), input, context, 'response');
      if (v !== undefined) headers[m[1]] = v;
    } catch (error) {
      warnings.push(`responseParameters ${target}: ${(error as Error).message}`);
    }
  }
  return { headers, warnings };
}

export function acceptOf(input: TemplateInput): string | undefined {
  return header(input.request?.headers, 'Accept');
}
