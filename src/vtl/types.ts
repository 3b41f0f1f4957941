/**
 * Contract of the API Gateway flavoured Velocity engine (`apigw test-template`, lint rules).
 * Everything is plain data so the CLI, lint and users' own test code can build inputs by hand.
 */

/** A header or query value; a list is a multi-value parameter (the last value is the single value `$input.params` sees). */
export type ParamValue = string | string[];

/** The method request as the client sent it. Every field is optional. */
export interface TemplateRequest {
  /** HTTP method (default `GET`, or `POST` when a body is given). */
  method?: string;
  /** The path as called, without the stage (e.g. `/pets/7`). */
  path?: string;
  /** The resource path with placeholders (e.g. `/pets/{id}`); default: `path`. */
  resourcePath?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, ParamValue>;
  headers?: Record<string, ParamValue>;
  /** A string is the raw payload; any other value is sent as its JSON text. */
  body?: unknown;
  /** The body is base64 of binary data (kept as given for `$input.body`). */
  isBase64Encoded?: boolean;
}

/** What the integration (backend) answered, for response templates and response selection. */
export interface IntegrationResponseInput {
  statusCode?: number;
  headers?: Record<string, ParamValue>;
  body?: unknown;
  /** Lambda custom integrations: the `errorMessage` of a function error (matched by selectionPattern). */
  errorMessage?: string;
}

export interface TemplateInput {
  request?: TemplateRequest;
  stageVariables?: Record<string, string>;
  /**
   * Deep overrides of `$context` (`{requestId: "abc", identity: {sourceIp: "203.0.113.9"}}`); every
   * default of `defaultContext` can be replaced. `null` removes a value.
   */
  context?: Record<string, unknown>;
  integrationResponse?: IntegrationResponseInput;
}

export interface RenderLimits {
  /** `#foreach` iterations per loop (AWS: 1,000, reference §4.6). */
  maxForeachIterations: number;
  /** Template size in bytes (AWS: 300 KB, reference §4.6). */
  maxTemplateBytes: number;
  /** Largest output (and largest string built while rendering), in UTF-16 code units. Tool guard. */
  maxOutputChars: number;
  /** Wall-clock budget for one render, in ms. Tool guard (AWS documents none). */
  timeoutMs: number;
  /** Deepest macro/`#evaluate` nesting. Tool guard. */
  maxCallDepth: number;
  /** List and map elements a render may create (ranges, literals, `add`, `split`, JSONPath results). Tool guard. */
  maxElements: number;
  /** Characters of strings a render may store into lists and maps. Tool guard. */
  maxStringChars: number;
}

export interface RenderOptions {
  /**
   * `request` (default): `$input` reads the method request body. `response`: `$input.body`/`json`/`path`
   * read `integrationResponse.body`; `$input.params` still reads the method request (as on AWS).
   */
  kind?: 'request' | 'response';
  limits?: Partial<RenderLimits>;
  /** Clock for `$context.requestTime*` (default: now). */
  now?: Date;
  /** Response overrides set by the request template, which carry into the response template on AWS. */
  responseOverride?: ResponseOverride;
  /** The `$context` before the event's overrides (default: a REST request's, `defaultContext`). */
  baseContext?: (input: TemplateInput, now: Date) => Record<string, unknown>;
}

export interface ResponseOverride {
  status?: number;
  header?: Record<string, ParamValue>;
}

/** A list is a multi-value header or query string parameter, as API Gateway sends it. */
export interface RequestOverrides {
  header: Record<string, ParamValue>;
  querystring: Record<string, ParamValue>;
  path: Record<string, string>;
}

export interface TemplateResult {
  /** Rendered text, byte-exact. */
  output: string;
  /** `$context.responseOverride.status` if set (as a number), else null. */
  statusOverride: number | null;
  /** `$context.responseOverride.header.*` (a list is a multi-value header). */
  headerOverrides: Record<string, ParamValue>;
  /** `$context.requestOverride.{header,querystring,path}.*`. */
  requestOverrides: RequestOverrides;
  /** Every key assigned under `$context.responseOverride` (status, header, ...). */
  responseOverride: Record<string, unknown>;
  /** Things that render here but would behave differently or fail on AWS. */
  warnings: string[];
}

export type ParseResult = { ok: true } | { ok: false; message: string; line: number; column: number };
