import type { RuleInfo } from './registry.js';

/** The `apigw rules` table: one rule per line, columns padded, sorted by category then id. */
export function formatRuleList(rules: RuleInfo[]): string {
  const sorted = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const idWidth = Math.max(2, ...sorted.map((r) => r.id.length));
  const catWidth = Math.max(8, ...sorted.map((r) => r.category.length));
  const lines = [`${'ID'.padEnd(idWidth)}  ${'SEVERITY'}  ${'CATEGORY'.padEnd(catWidth)}  DESCRIPTION`];
  for (const r of sorted) {
    const severity = `${r.severity}${r.recommended ? '' : '*'}`;
    lines.push(`${r.id.padEnd(idWidth)}  ${severity.padEnd(8)}  ${r.category.padEnd(catWidth)}  ${r.description}`);
  }
  lines.push('', `${sorted.length} rules.${sorted.some((r) => !r.recommended) ? ' * = not in apigw:recommended (enable with extends: [apigw:all] or a rules: entry).' : ''}`);
  return `${lines.join('\n')}\n`;
}
