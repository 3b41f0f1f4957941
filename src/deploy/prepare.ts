/**
 * The document that gets pushed: the definition loaded, `$ref`s to other files inlined,
 * placeholders filled, checked against the importer's size limit, and linted.
 */
import { ApigwError, ExitCode, InputError } from '../core/errors.js';
import type { ProjectConfig } from '../config/types.js';
import type { Finding } from '../core/finding.js';
import type { LoadedSpec, ReadLimits } from '../definition/types.js';
import { bundleSpec } from './bundle.js';
import { refuseUnresolved, substitutePlaceholders } from './placeholders.js';
import type { Progress } from './steps.js';

/** ImportRestApi/PutRestApi body limit: 6 MB (reference §3.3; taken as 6 × 1024 × 1024 bytes — AWS does not say which MB). */
export const IMPORT_LIMIT_BYTES = 6 * 1024 * 1024;

export interface PreparedDocument {
  spec: LoadedSpec;
  /** REST or HTTP API: apigw.yaml `api.type`, else detected from the definition as lint does. */
  type: 'rest' | 'http';
  document: Record<string, unknown>;
  /** The JSON body sent to API Gateway. */
  body: string;
  title: string;
  /** Placeholder names that were filled (values never listed). */
  substituted: string[];
  /** The placeholder values used (for building the diff model of the same document). */
  vars: Record<string, string>;
  warnings: string[];
}

export interface PrepareOptions {
  config?: ProjectConfig;
  vars: Record<string, string>;
  region?: string;
  lint: boolean;
  failOnWarnings: boolean;
  progress: Progress;
  /** --api-type; apigw.yaml `api.type` otherwise. */
  apiType?: 'rest' | 'http';
  /** `--root` folders (absolute) that `$ref`s may read besides the definition's and apigw.yaml's. */
  roots?: string[];
  /** --max-file-size, --max-depth, --max-aliases. */
  limits?: ReadLimits;
}

export async function prepareDocument(file: string, options: PrepareOptions): Promise<PreparedDocument> {
  const { loadSpec, assertNoRefusedRefs } = await import('../definition/load.js');
  const { rootsFor } = await import('../definition/confine.js');
  const { dirname } = await import('node:path');
  const spec = await loadSpec(file, {
    apiType: options.apiType ?? options.config?.data.api?.type,
    roots: rootsFor(file, [...(options.config ? [dirname(options.config.file)] : []), ...(options.roots ?? [])]),
    ...options.limits,
  });
  assertNoRefusedRefs(spec.rootFile, spec.problems);
  if (spec.version === 'oas31')
    throw new InputError('API Gateway imports OpenAPI 2.0 and 3.0 only, not 3.1 (reference §1.2)', {
      file: spec.rootFile,
    });
  const type = spec.flavour.type === 'http' ? 'http' : 'rest';
  if (type === 'http' && spec.version !== 'oas30') {
    throw new InputError(`HTTP APIs import OpenAPI 3.0 only; this definition is ${spec.versionText} (reference §1.2)`, {
      file: spec.rootFile,
    });
  }

  const bundled = bundleSpec(spec);
  // --var beats apigw.yaml vars; the region in use fills ${AWS::Region} unless given explicitly.
  const vars: Record<string, string> = {
    ...(options.region ? { 'AWS::Region': options.region } : {}),
    ...(options.config?.data.vars ?? {}),
    ...options.vars,
  };
  const { document, used, unresolved } = substitutePlaceholders(bundled, vars);
  refuseUnresolved(unresolved, spec.rootFile);

  const body = JSON.stringify(document);
  const size = Buffer.byteLength(body, 'utf8');
  if (size > IMPORT_LIMIT_BYTES) {
    throw new InputError(
      `bundled definition is ${size} bytes; API Gateway imports at most ${IMPORT_LIMIT_BYTES} bytes (6 MB): split it or drop unused schemas`,
      { file: spec.rootFile },
    );
  }
  if (!options.lint) options.progress('lint: skipped (--no-lint)');
  const warnings = options.lint ? await lint(spec, options) : [];
  const doc = document as Record<string, any>;
  return {
    spec,
    type,
    document: doc,
    body,
    title: String(doc.info?.title ?? 'api'),
    substituted: used,
    vars,
    warnings,
  };
}

/**
 * Runs `apigw lint`'s engine: errors stop the deploy (exit 1), warnings stop it only with
 * --fail-on-warnings. The import is a literal path so the bundler follows it: a computed path once
 * left the installed CLI without its lint engine, and every deploy skipped the gate.
 */
async function lint(spec: LoadedSpec, options: PrepareOptions): Promise<string[]> {
  const { lintSpec } = await import('../lint/index.js');
  const findings = await lintSpec(spec, { config: options.config });
  const errors = findings.filter((f) => f.severity === 'error');
  const warns = findings.filter((f) => f.severity === 'warn');
  const show = (f: Finding) =>
    `${f.source ?? spec.rootFile}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`;
  for (const f of [...errors, ...warns]) options.progress(`lint: ${show(f)}`);
  if (errors.length || (options.failOnWarnings && warns.length)) {
    const what = errors.length ? `${errors.length} error(s)` : `${warns.length} warning(s) (--fail-on-warnings)`;
    throw new ApigwError(`lint found ${what}; nothing was pushed (fix them, or pass --no-lint to skip)`, {
      exitCode: ExitCode.findings,
      place: { file: spec.rootFile },
    });
  }
  options.progress(`lint: ${findings.length ? `${warns.length} warning(s)` : 'clean'}`);
  return warns.map(show);
}
