/**
 * Validates several files for the CLI: picks them (arguments, else apigw.yaml's spec), loads each,
 * and keeps going past an unreadable one so the user sees every problem in one run.
 */
import { dirname, relative, resolve } from 'node:path';
import { ApigwError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { ApiFlavour, DefinitionOrigin, ReadLimits } from '../definition/types.js';

export interface FilesOutcome {
  findings: Finding[];
  files: string[];
  notes: string[];
  /** At least one file could not be read or parsed (exit 2). */
  unreadable: boolean;
}

export async function resolveSpecFiles(
  args: string[],
  configPath?: string,
): Promise<{ files: string[]; apiType?: ApiFlavour; configDir?: string }> {
  const { loadProjectConfig, specFilesFor } = await import('../config/load.js');
  const config = await loadProjectConfig(configPath);
  return {
    files: specFilesFor(args, config),
    apiType: config?.data.api?.type,
    configDir: config && dirname(config.file),
  };
}

/** `--root` folders and apigw.yaml's folder widen where a definition's `$ref`s may read (besides its own folder). */
export function extraRoots(
  configDir: string | undefined,
  roots: string[] | undefined,
  cwd: string = process.cwd(),
): string[] {
  return [...(configDir ? [configDir] : []), ...(roots ?? []).map((r) => resolve(cwd, r))];
}

export async function validateFiles(
  args: string[],
  options: { apiType?: ApiFlavour; configPath?: string; roots?: string[]; limits?: ReadLimits },
): Promise<FilesOutcome> {
  const { files, apiType: configured, configDir } = await resolveSpecFiles(args, options.configPath);
  const { rootsFor } = await import('../definition/confine.js');
  const { loadDefinitions } = await import('../definition/definitions.js');
  const { asTemplateFindings } = await import('../definition/template/load.js');
  const { runValidation } = await import('./index.js');
  const outcome: FilesOutcome = { findings: [], files: [], notes: [], unreadable: false };
  for (const file of files) {
    try {
      const loaded = await loadDefinitions(file, {
        apiType: options.apiType ?? configured,
        danglingRefs: 'report',
        roots: rootsFor(file, extraRoots(configDir, options.roots)),
        ...options.limits,
      });
      const shown = relative(process.cwd(), loaded.file) || loaded.file;
      outcome.notes.push(...loaded.notes.map((n) => `${shown}: ${n}`));
      outcome.findings.push(...loaded.problems);
      if (loaded.template) outcome.files.push(loaded.file);
      for (const spec of loaded.specs) {
        if (!loaded.template) outcome.files.push(spec.rootFile);
        outcome.notes.push(describeSpec(spec.rootFile, spec.versionText, spec.flavour, spec.origin));
        outcome.findings.push(...asTemplateFindings(spec, await runValidation(spec)));
      }
    } catch (error) {
      if (!(error instanceof ApigwError)) throw error;
      process.stderr.write(`apigw: ${error.line}\n`);
      outcome.unreadable = true;
    }
  }
  return outcome;
}

export function describeSpec(
  file: string,
  versionText: string,
  flavour: { type: string; reason: string; explicit: boolean },
  origin?: DefinitionOrigin,
): string {
  const kind = flavour.type === 'http' ? 'HTTP API' : 'REST API';
  const how = flavour.explicit ? `set by ${flavour.reason}` : `detected: ${flavour.reason}`;
  const shown = (f: string) => relative(process.cwd(), f) || f;
  if (origin) {
    if (origin.how === 'resources')
      return `${shown(origin.template)}: ${origin.logicalId}: ${kind} built from the template's resources`;
    const from = origin.how === 'inline' ? '' : ` from ${shown(file)}`;
    return `${shown(origin.template)}: ${origin.logicalId}: ${kind} (${how})${from}, OpenAPI ${versionText}`;
  }
  return `${shown(file)}: ${kind} (${how}), OpenAPI ${versionText}`;
}
