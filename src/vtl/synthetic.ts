/**
 * A plausible request for an operation, for checks that need to render a template without a user
 * supplied event (lint renders `application/json` templates and checks the output parses as JSON).
 */
import type { TemplateInput } from './types.js';

export interface OperationInfo {
  /** Resource path with placeholders, e.g. `/pets/{id}`. */
  path: string;
  method: string;
  /** OpenAPI parameters of the operation (path item's merged in), as written. */
  parameters?: Array<{
    name?: string;
    in?: string;
    schema?: { type?: string; example?: unknown; default?: unknown };
    example?: unknown;
  }>;
  /** Example request body (JSON value) if the definition has one. */
  bodyExample?: unknown;
  contentType?: string;
}

function sample(p: NonNullable<OperationInfo['parameters']>[number]): string {
  const ex = p.example ?? p.schema?.example ?? p.schema?.default;
  if (ex !== undefined && ex !== null) return String(ex);
  const t = p.schema?.type;
  return t === 'integer' || t === 'number' ? '1' : t === 'boolean' ? 'true' : `sample-${p.name}`;
}

export function syntheticInput(op: OperationInfo): TemplateInput {
  const pathParameters: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': op.contentType ?? 'application/json',
    Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    'User-Agent': 'curl/8.5.0',
  };
  for (const p of op.parameters ?? []) {
    if (!p?.name) continue;
    if (p.in === 'path') pathParameters[p.name] = sample(p);
    else if (p.in === 'query') query[p.name] = sample(p);
    else if (p.in === 'header') headers[p.name] = sample(p);
  }
  // Placeholders the parameters did not declare still get a value (greedy `{proxy+}` too).
  for (const m of op.path.matchAll(/\{([^}+]+)\+?\}/g)) pathParameters[m[1]] ??= `sample-${m[1]}`;
  const path = op.path.replace(/\{([^}+]+)\+?\}/g, (_x, name: string) => encodeURIComponent(pathParameters[name]));
  const method = op.method.toUpperCase();
  const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method);
  return {
    request: {
      method,
      path,
      resourcePath: op.path,
      pathParameters,
      query,
      headers,
      body: hasBody ? (op.bodyExample ?? {}) : undefined,
    },
    stageVariables: {},
  };
}
