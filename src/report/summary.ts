import type { Finding, Severity } from '../core/finding.js';
import { severityNumber } from '../core/finding.js';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Spectral's summary wording: `3 problems (1 error, 2 warnings, 0 infos, 0 hints)`. */
export function summaryText(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  return `${plural(findings.length, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warn, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')})`;
}

export function highestSeverity(findings: readonly Finding[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (!best || severityNumber[f.severity] < severityNumber[best]) best = f.severity;
  return best;
}

/** Groups findings by file, keeping the order of first appearance (callers sort first). */
export function groupBySource(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.source);
    if (list) list.push(f);
    else groups.set(f.source, [f]);
  }
  return groups;
}
