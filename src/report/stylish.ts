/**
 * The default, human format, laid out like Spectral's and ESLint's "stylish": findings grouped
 * under their file, one aligned row each (`line:col  severity  code  message  path`), then a
 * summary. Positions are printed 1-based.
 */
import type { ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../core/finding.js';
import { painter } from './color.js';
import { displayPath, dotPath } from './locations.js';
import { groupBySource, highestSeverity, summaryText } from './summary.js';
import type { FormatOptions } from './types.js';

/** Spectral's severity words and colours (packages/formatters/src/utils). */
const SEVERITY_NAME: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'information', hint: 'hint' };
const SEVERITY_COLOR: Record<Severity, 'red' | 'yellow' | 'blue' | 'white'> = {
  error: 'red',
  warn: 'yellow',
  info: 'blue',
  hint: 'white',
};

export function formatStylish(
  findings: readonly Finding[],
  options: Pick<FormatOptions, 'cwd' | 'color' | 'quiet'>,
): string {
  const c = painter(options.color);
  if (findings.length === 0) return options.quiet ? '' : 'No problems found.\n';

  let out = '';
  for (const [source, group] of groupBySource(findings)) {
    out += `${c.underline(displayPath(source, options.cwd))}\n`;
    out += table(group.map((f) => row(f, c))) + '\n\n';
  }
  const worst = highestSeverity(findings) ?? 'hint';
  out += c[SEVERITY_COLOR[worst]].bold(`\u2716 ${summaryText(findings)}`) + '\n';
  return out;
}

interface Cell {
  text: string;
  paint: (s: string) => string;
  align: 'left' | 'right';
}

function row(f: Finding, c: ChalkInstance): Cell[] {
  const plain = (s: string) => s;
  return [
    { text: `${f.range.start.line + 1}:${f.range.start.character + 1}`, paint: c.dim, align: 'right' },
    { text: SEVERITY_NAME[f.severity], paint: c[SEVERITY_COLOR[f.severity]], align: 'right' },
    { text: f.code, paint: plain, align: 'left' },
    // A message with line breaks would tear the table apart.
    { text: f.message.replace(/\s*\r?\n\s*/g, ' '), paint: plain, align: 'left' },
    { text: dotPath(f.path), paint: plain, align: 'left' },
  ];
}

/** Pads on plain text (widths ignore ANSI codes), then paints; two spaces between columns. */
function table(rows: Cell[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.text.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const last = i === r.length - 1;
          const pad = ' '.repeat(last ? 0 : widths[i]! - cell.text.length);
          const painted = cell.text ? cell.paint(cell.text) : '';
          return cell.align === 'right' ? pad + painted : painted + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => ` ${line}`)
    .join('\n');
}
