/** The one entry point for printing findings, shared by validate, lint and diff. */
import { escapeControl, escapeJsonControl } from '../core/control-chars.js';
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
  // Machine formats keep the data (JSON escapes what it must); human ones show control characters escaped.
  const shown = (keepLineBreaks = false) => sorted.map((f) => readable(f, keepLineBreaks));
  switch (options.format) {
    case 'stylish':
      return formatStylish(shown(), options);
    case 'json':
      return escapeJsonControl(formatJson(sorted));
    case 'sarif':
      return escapeJsonControl(formatSarif(sorted, options));
    case 'junit':
      return formatJunit(shown(true), { ...options, files: options.files?.map((f) => escapeControl(f)) });
    case 'github':
      return formatGithub(shown(true), options);
    default:
      throw new Error(`unknown format: ${String((options as { format: unknown }).format)}`);
  }
}

/**
 * A finding as a human format prints it: message, file and path without raw control characters.
 * A line break in a message joins the lines (a table row stays one row) unless the format keeps it.
 */
function readable(f: Finding, keepLineBreaks: boolean): Finding {
  return {
    ...f,
    code: escapeControl(String(f.code), { keepLineBreaks }),
    message: keepLineBreaks
      ? escapeControl(f.message, { keepLineBreaks })
      : escapeControl(f.message.replace(/\s*\r?\n\s*/g, ' ')),
    source: f.source === undefined ? f.source : escapeControl(f.source, { keepLineBreaks }),
    path: f.path.map((s) => (typeof s === 'string' ? escapeControl(s, { keepLineBreaks }) : s)),
  };
}
