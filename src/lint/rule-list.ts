import type { RuleInfo } from './registry.js';
import { catalogueLine } from './catalogue.js';

const API_LABEL = (r: RuleInfo): string =>
  r.apiTypes.map((t) => (t === 'rest' ? 'REST' : t === 'http' ? 'HTTP' : 'WS')).join('+');

/**
 * The `apigw rules` table: one rule per line, columns padded, sorted by category then id; the full
 * list ends with how much of the AWS constraint catalogue the rules enforce.
 */
export function formatRuleList(rules: RuleInfo[], options: { catalogue?: boolean } = {}): string {
  const sorted = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const idWidth = Math.max(2, ...sorted.map((r) => r.id.length));
  const catWidth = Math.max(8, ...sorted.map((r) => r.category.length));
  const lines = [
    `${'ID'.padEnd(idWidth)}  ${'SEVERITY'}  ${'CATEGORY'.padEnd(catWidth)}  ${'API'.padEnd(9)}  DESCRIPTION`,
  ];
  for (const r of sorted) {
    const severity = `${r.classification ?? r.severity}${r.recommended ? '' : '*'}`;
    lines.push(
      `${r.id.padEnd(idWidth)}  ${severity.padEnd(8)}  ${r.category.padEnd(catWidth)}  ${API_LABEL(r).padEnd(9)}  ${r.description}`,
    );
  }
  lines.push(
    '',
    `${sorted.length} rules. API: the API types a rule checks (REST, HTTP, WS = WebSocket); category diff: the kinds of change 'apigw diff' reports, classified breaking, risky or safe.${sorted.some((r) => !r.recommended) ? ' * = not in apigw:recommended (enable with extends: [apigw:all] or a rules: entry).' : ''}`,
  );
  if (options.catalogue) lines.push(catalogueLine());
  return `${lines.join('\n')}\n`;
}
