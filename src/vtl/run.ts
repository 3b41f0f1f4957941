/**
 * What `apigw test-template` does for one target (an operation of a definition, or a bare template)
 * and one event; shared by the CLI and the golden-case runner.
 */
import { ApigwError, ExitCode, InputError, type ErrorPlace } from '../core/errors.js';
import { readBoundedText } from '../definition/read.js';
import { TemplateRenderError } from './engine.js';
import { simulate, runRequestPhase, type IntegrationDef } from './gateway/simulate.js';
import { renderTemplate } from './render.js';
import type { ParamValue, RenderOptions, TemplateInput, TemplateResult } from './types.js';
import { unreadableReason } from './read-error.js';

export type Target =
  | { kind: 'template'; file: string }
  | {
      kind: 'operation';
      spec: string;
      path: string;
      method: string;
      /** Logical id of the API in a template with several. */ api?: string;
    };

export interface RunOptions {
  /** Render the response side. `true`: select by the event's integrationResponse; a number: the integration response with that statusCode. */
  response?: boolean | number;
  contentType?: string;
  now?: Date;
  limits?: RenderOptions['limits'];
  /** Definitions already loaded in this run, by file (`--cases` loads each once). */
  definitions?: Map<string, Promise<unknown>>;
}

/** The `--json` shape of the issue, plus the method response for response-side runs. */
export interface TestTemplateOutput {
  output: string;
  statusOverride: number | null;
  headerOverrides: Record<string, ParamValue>;
  requestOverrides: TemplateResult['requestOverrides'];
  responseOverride: Record<string, unknown>;
  template: Record<string, unknown>;
  warnings: string[];
}

/** A template failure: exit 1, printed with the template position (and the definition's place). */
export class TemplateFailure extends ApigwError {
  constructor(message: string, place: ErrorPlace) {
    super(message, { exitCode: ExitCode.findings, place });
    this.name = 'TemplateFailure';
  }
}

function fromResult(
  result: TemplateResult | null,
  template: Record<string, unknown>,
  output: string,
  extraWarnings: string[] = [],
): TestTemplateOutput {
  return {
    output,
    statusOverride: result?.statusOverride ?? null,
    headerOverrides: result?.headerOverrides ?? {},
    requestOverrides: result?.requestOverrides ?? { header: {}, querystring: {}, path: {} },
    responseOverride: result?.responseOverride ?? {},
    template,
    warnings: [...new Set([...extraWarnings, ...(result?.warnings ?? [])])],
  };
}

function renderFailure(error: unknown, where: { file: string; line?: number; label?: string }): never {
  if (error instanceof TemplateRenderError) {
    const at = error.line ? `template line ${error.line}, column ${error.column}` : 'template';
    if (where.line !== undefined) {
      throw new TemplateFailure(`${where.label ?? 'template'} (${at}): ${error.message}`, {
        file: where.file,
        line: where.line,
      });
    }
    throw new TemplateFailure(error.message, {
      file: where.file,
      line: error.line || undefined,
      column: error.column || undefined,
    });
  }
  throw error;
}

export async function runTarget(
  target: Target,
  input: TemplateInput,
  options: RunOptions = {},
): Promise<TestTemplateOutput> {
  const renderOptions: RenderOptions = { now: options.now, limits: options.limits };
  if (target.kind === 'template') {
    let text: string;
    try {
      // Bounded like every read: a case file from a pull request may name any file in the project (a FIFO, a huge one).
      text = readBoundedText(target.file, undefined, 'a template file');
    } catch (error) {
      throw new InputError(`cannot read template: ${unreadableReason(error)}`, { file: target.file });
    }
    const kind = options.response ? 'response' : 'request';
    try {
      const result = renderTemplate(text, input, { ...renderOptions, kind });
      return fromResult(
        result,
        { source: target.file, phase: kind, reason: 'template file given with --template' },
        result.output,
      );
    } catch (error) {
      renderFailure(error, { file: target.file });
    }
  }
  // A CloudFormation/SAM template may hold several APIs (an OpenAPI body, or one built from Method resources).
  const [{ loadDefinitions }, { pickDefinition }] = await Promise.all([
    import('../definition/definitions.js'),
    import('./pick-definition.js'),
  ]);
  type Loaded = Awaited<ReturnType<typeof loadDefinitions>>;
  let loading = options.definitions?.get(target.spec) as Promise<Loaded> | undefined;
  if (!loading) {
    loading = loadDefinitions(target.spec);
    options.definitions?.set(target.spec, loading);
  }
  const spec = pickDefinition(await loading, target.path, target.api);
  const paths = spec.resolved?.paths ?? {};
  const pathItem = paths[target.path];
  if (!pathItem || typeof pathItem !== 'object') {
    throw new InputError(
      `no path ${target.path} in the definition (paths: ${Object.keys(paths).join(', ') || 'none'})`,
      { file: spec.rootFile },
    );
  }
  const method = target.method.toLowerCase();
  const opKey = pathItem[method]
    ? method
    : pathItem['x-amazon-apigateway-any-method']
      ? 'x-amazon-apigateway-any-method'
      : undefined;
  if (!opKey)
    throw new InputError(`no ${target.method.toUpperCase()} operation on ${target.path}`, { file: spec.rootFile });
  const integration = pathItem[opKey]['x-amazon-apigateway-integration'] as IntegrationDef | undefined;
  if (!integration || typeof integration !== 'object') {
    throw new InputError(`${target.method.toUpperCase()} ${target.path} has no x-amazon-apigateway-integration`, {
      file: spec.rootFile,
    });
  }
  const integrationPath = ['paths', target.path, opKey, 'x-amazon-apigateway-integration'];
  const lineOf = (path: (string | number)[]) => {
    try {
      const loc = spec.locate(path);
      return { file: loc.file, line: loc.range.start.line + 1 };
    } catch {
      return { file: spec.rootFile, line: undefined };
    }
  };

  // The event's request, as the operation would receive it.
  const req = { ...(input.request ?? {}) };
  req.method ??= target.method.toUpperCase();
  req.resourcePath ??= target.path;
  req.path ??= target.path.replace(/\{([^}+]+)\+?\}/g, (_m, n: string) => req.pathParameters?.[n] ?? n);
  if (options.contentType)
    req.headers = {
      ...Object.fromEntries(Object.entries(req.headers ?? {}).filter(([k]) => k.toLowerCase() !== 'content-type')),
      'Content-Type': options.contentType,
    };
  let event: TemplateInput = { ...input, request: req };

  if (!options.response) {
    let phase;
    try {
      phase = runRequestPhase(integration, event, renderOptions);
    } catch (error) {
      const ct = (integration.requestTemplates && Object.keys(integration.requestTemplates)[0]) ?? '';
      renderFailure(error, { ...lineOf([...integrationPath, 'requestTemplates', ct]), label: `request template` });
    }
    const c = phase.choice;
    const info: Record<string, unknown> = {
      source: 'requestTemplates',
      phase: 'request',
      action: c.action,
      reason: c.reason,
    };
    if (c.action === 'template') {
      info.contentType = c.contentType;
      Object.assign(info, { location: lineOf([...integrationPath, 'requestTemplates', c.contentType]) });
    }
    if (c.action === 'reject') {
      info.status = 415;
      return fromResult(null, info, '', [`API Gateway answers 415 Unsupported Media Type: ${c.reason}`]);
    }
    const ir = phase.integrationRequest!;
    // The backend URI with its {placeholders} filled from the mapped path parameters, as API Gateway calls it.
    const uri =
      typeof integration.uri === 'string'
        ? integration.uri.replace(/\{([^}]+)\}/g, (m, name: string) => ir.path[name] ?? m)
        : undefined;
    info.integrationRequest = {
      ...(uri === undefined ? {} : { uri }),
      header: ir.header,
      querystring: ir.querystring,
      path: ir.path,
    };
    return fromResult(phase.result, info, phase.integrationRequest!.body, phase.warnings);
  }

  // Response side.
  let integ = integration;
  if (typeof options.response === 'number') {
    const status = String(options.response);
    const entry = Object.entries(integration.responses ?? {}).find(([, r]) => String(r?.statusCode) === status);
    if (!entry) {
      throw new InputError(
        `${target.method.toUpperCase()} ${target.path} has no integration response with statusCode ${status} (has: ${
          Object.values(integration.responses ?? {})
            .map((r) => r?.statusCode)
            .join(', ') || 'none'
        })`,
        { file: spec.rootFile },
      );
    }
    // Force that response: make it the only one, as the default.
    integ = { ...integration, responses: { default: entry[1] } };
    if (String(integration.type).toLowerCase() !== 'mock')
      event = { ...event, integrationResponse: { statusCode: Number(status), ...(event.integrationResponse ?? {}) } };
  }
  let inv;
  try {
    inv = simulate(integ, event, renderOptions);
  } catch (error) {
    renderFailure(error, { ...lineOf([...integrationPath, 'responses']), label: 'template' });
  }
  const r = inv.response;
  const info: Record<string, unknown> = {
    source: 'responses',
    phase: 'response',
    integrationType: inv.kind,
    selectionPattern: r?.selected?.pattern ?? null,
    reason:
      [r?.selected?.reason, r?.choice?.reason].filter(Boolean).join('; ') ||
      (inv.request.choice.action === 'reject' ? inv.request.choice.reason : 'no integration response'),
    contentType: r?.choice?.action === 'template' ? r.choice.contentType : null,
    methodResponse: { status: inv.status, headers: inv.headers },
  };
  if (inv.request.result)
    info.requestTemplate = {
      contentType: inv.request.choice.action === 'template' ? inv.request.choice.contentType : null,
      output: inv.request.result.output,
    };
  const result = r?.result ?? (inv.request.result ? { ...inv.request.result, output: inv.body } : null);
  return fromResult(result, info, inv.body, inv.warnings);
}
