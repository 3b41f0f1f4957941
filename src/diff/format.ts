/**
 * Renders a diff result: `text` for terminals (grouped by route), `json` for machines,
 * `markdown` for a pull-request comment.
 */
import type { ChalkInstance } from 'chalk';
import { escapeControl, escapeJsonControl } from '../core/control-chars.js';
import type { Change, DiffResult } from './change.js';
import { byRoute } from './compare.js';
import { CLASSIFICATIONS, type Classification } from './rules.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

export interface FormatOptions {
  format: DiffFormat;
  /** A chalk instance (level 0 = no colour). Only text uses it. */
  paint?: ChalkInstance;
}

export function formatDiff(result: DiffResult, options: FormatOptions): string {
  if (options.format === 'json') return `${escapeJsonControl(JSON.stringify(result, null, 2))}\n`;
  if (options.format === 'markdown') return formatMarkdown(readable(result));
  return formatText(readable(result), options.paint);
}

/**
 * The result as text and markdown print it: everything from the definitions (paths, names,
 * template lines, source names) without raw control characters; a template diff keeps its lines.
 */
function readable(result: DiffResult): DiffResult {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((t) => escapeControl(t))
      .join('\n');
  return {
    ...result,
    from: escapeControl(result.from),
    to: escapeControl(result.to),
    notes: result.notes.map((t) => escapeControl(t)),
    changes: result.changes.map((c) => ({
      ...c,
      scope: escapeControl(c.scope),
      message: escapeControl(c.message),
      reason: escapeControl(c.reason),
      ...(c.diff === undefined ? {} : { diff: lines(c.diff) }),
    })),
  };
}

/** Routes first (path order), then API-wide groups, authorizers, gateway responses, stage. */
function groups(changes: Change[]): Array<[string, Change[]]> {
  const map = new Map<string, Change[]>();
  for (const c of changes) map.set(c.scope, [...(map.get(c.scope) ?? []), c]);
  const rank = (scope: string) =>
    /^[A-Z]+ \//.test(scope)
      ? 0
      : scope === 'API'
        ? 1
        : scope.startsWith('Authorizer')
          ? 2
          : scope.startsWith('Gateway')
            ? 3
            : 4;
  return [...map].sort(([a], [b]) => rank(a) - rank(b) || (rank(a) === 0 ? byRoute(a, b) : a.localeCompare(b)));
}

export function summary(result: DiffResult): string {
  const n = result.changes.length;
  if (n === 0) return 'No changes.';
  const parts = CLASSIFICATIONS.map((c) => `${result.counts[c]} ${c}`);
  return `${n} change${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function formatText(result: DiffResult, paint?: ChalkInstance): string {
  const p = paint;
  const colourOf: Record<Classification, (s: string) => string> = {
    breaking: (s) => (p ? p.red.bold(s) : s),
    risky: (s) => (p ? p.yellow(s) : s),
    safe: (s) => (p ? p.green(s) : s),
  };
  const dim = (s: string) => (p ? p.dim(s) : s);
  const lines: string[] = [`apigw diff ${result.from} → ${result.to}`];
  for (const note of result.notes) lines.push(`note: ${note}`);
  for (const [scope, changes] of groups(result.changes)) {
    lines.push('', p ? p.bold(scope) : scope);
    for (const c of changes) {
      lines.push(
        `  ${colourOf[c.classification](c.classification.padEnd(8))}  ${c.message} — ${c.reason} ${dim(`[${c.rule}]`)}`,
      );
      if (c.diff) {
        for (const line of c.diff.replace(/\n$/, '').split('\n')) {
          const coloured = !p
            ? line
            : line.startsWith('+')
              ? p.green(line)
              : line.startsWith('-')
                ? p.red(line)
                : line.startsWith('@@')
                  ? p.cyan(line)
                  : line;
          lines.push(`            ${coloured}`);
        }
      }
    }
  }
  lines.push('', summary(result));
  return `${lines.join('\n')}\n`;
}

const ICON: Record<Classification, string> = { breaking: '🔴 breaking', risky: '🟠 risky', safe: '🟢 safe' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function formatMarkdown(result: DiffResult): string {
  const out: string[] = [`### API Gateway diff: \`${result.from}\` → \`${result.to}\``, ''];
  const n = result.changes.length;
  out.push(n === 0 ? 'No changes.' : `**${summary(result)}**`, '');
  for (const note of result.notes) out.push(`> ${note}`, '');
  if (n > 0) {
    out.push('| | Where | Change | Why |', '| --- | --- | --- | --- |');
    for (const [scope, changes] of groups(result.changes)) {
      for (const c of changes)
        out.push(`| ${ICON[c.classification]} | \`${cell(scope)}\` | ${cell(c.message)} | ${cell(c.reason)} |`);
    }
    out.push('');
    const withDiff = result.changes.filter((c) => c.diff);
    if (withDiff.length > 0) {
      out.push(`<details><summary>Text diffs (${withDiff.length})</summary>`, '');
      for (const c of withDiff) {
        // A fence longer than any backtick run inside the template keeps the block closed.
        const fence = '`'.repeat(Math.max(3, ...[...c.diff!.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        out.push(
          `**\`${cell(c.scope)}\`** ${cell(c.message)}`,
          '',
          `${fence}diff`,
          c.diff!.replace(/\n$/, ''),
          fence,
          '',
        );
      }
      out.push('</details>', '');
    }
  }
  return `${out.join('\n')}`;
}
