/**
 * The definitions one file holds: an OpenAPI/Swagger document is one; a CloudFormation/SAM
 * template holds as many as it has APIs (recognised by content, not by file name).
 */
import { resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import { parseSource } from './parse.js';
import { parseLimitsFor } from './parse-limits.js';
import { DEFAULT_MAX_BYTES, readSourceText } from './read.js';
import { isTemplateData } from './template/detect.js';
import type { TemplateLoad } from './template/load.js';
import type { LoadedSpec, LoadOptions } from './types.js';

export interface LoadedDefinitions {
  /** Absolute path of the file asked for. */
  file: string;
  specs: LoadedSpec[];
  /** Template-level problems (a definition that cannot be read offline, ...). */
  problems: Finding[];
  /** Lines for the report (an API with nothing to check, ...). */
  notes: string[];
  /** Set when the file is a template. */
  template?: TemplateLoad;
}

export async function loadDefinitions(file: string, options: LoadOptions = {}): Promise<LoadedDefinitions> {
  const rootFile = resolve(file);
  const parsed = parseSource(
    rootFile,
    readSourceText(rootFile, options.maxBytes ?? DEFAULT_MAX_BYTES),
    parseLimitsFor(options),
  );
  if (isTemplateData(parsed.file.data)) {
    const { loadTemplate } = await import('./template/load.js');
    const template = await loadTemplate(parsed, options);
    return { file: rootFile, specs: template.specs, problems: template.problems, notes: template.notes, template };
  }
  const { loadFromRoot } = await import('./load.js');
  return { file: rootFile, specs: [await loadFromRoot(parsed, options)], problems: [], notes: [] };
}
