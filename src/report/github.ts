/**
 * GitHub Actions workflow commands: one annotation per finding
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message).
 * Escaping follows @actions/core's `toCommandValue`/`escapeProperty`: data escapes `%`, CR, LF;
 * properties also `:` and `,`. File paths are relative to `cwd` (the workspace), as GitHub requires.
 */
import type { Finding, Severity } from '../core/finding.js';
import { displayPath } from './locations.js';
import type { FormatOptions } from './types.js';

/** GitHub has three annotation levels: info and hint are `notice`. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warn: 'warning',
  info: 'notice',
  hint: 'notice',
};

export function formatGithub(findings: readonly Finding[], options: Pick<FormatOptions, 'cwd'>): string {
  return findings
    .map((f) => {
      const line = f.range.start.line + 1;
      const endLine = f.range.end.line + 1;
      const props: [string, string | number][] = [
        ['file', displayPath(f.source, options.cwd)],
        ['line', line],
        ['endLine', endLine],
        // GitHub's check annotations take columns only on a one-line range ("Omit this parameter
        // if start_line and end_line have different values", REST API, "Create a check run").
        ...(line === endLine
          ? ([
              ['col', f.range.start.character + 1],
              ['endColumn', f.range.end.character + 1],
            ] as [string, number][])
          : []),
        ['title', f.code],
      ];
      const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      return `::${COMMAND[f.severity]} ${propText}::${escapeData(f.message)}\n`;
    })
    .join('');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
