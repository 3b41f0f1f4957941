/** The one entry point for printing findings, shared by validate, lint and diff. */
import { compareFindings, type Finding } from '../core/finding.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatOptions } from './types.js';

/** Renders `findings` (in `compareFindings` order, whatever order they come in) as `options.format`. */
export function formatFindings(findings: readonly Finding[], options: FormatOptions): string {
  const sorted = [...findings].sort(compareFindings);
  switch (options.format) {
    case 'stylish':
      return formatStylish(sorted, options);
    case 'json':
      return formatJson(sorted);
    case 'sarif':
      return formatSarif(sorted, options);
    case 'junit':
      return formatJunit(sorted, options);
    case 'github':
      return formatGithub(sorted, options);
    default:
      throw new Error(`unknown format: ${String((options as { format: unknown }).format)}`);
  }
}
