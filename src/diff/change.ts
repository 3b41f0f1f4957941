import { DIFF_RULES, type Classification, type RuleId } from './rules.js';

/** One reported difference between the two sides. */
export interface Change {
  rule: RuleId;
  classification: Classification;
  reason: string;
  /** The group it is shown under: a route (`GET /pets`), `API`, `Authorizer X`, `Stage prod`. */
  scope: string;
  /** What changed, as a short phrase: `query parameter "limit" added (required)`. */
  message: string;
  /** JSON path of the changed thing inside the normalised model (for machines). */
  path: Array<string | number>;
  before?: unknown;
  after?: unknown;
  /** Unified text diff for templates and policies. */
  diff?: string;
}

export function change(
  rule: RuleId,
  scope: string,
  message: string,
  path: Array<string | number>,
  extra: Partial<Pick<Change, 'before' | 'after' | 'diff'>> = {},
): Change {
  const { classification, reason } = DIFF_RULES[rule];
  const c: Change = { rule, classification, reason, scope, message, path };
  if (extra.before !== undefined) c.before = extra.before;
  if (extra.after !== undefined) c.after = extra.after;
  if (extra.diff !== undefined) c.diff = extra.diff;
  return c;
}

export interface DiffResult {
  /** How each side was named on the command line. */
  from: string;
  to: string;
  changes: Change[];
  /** Facts about the comparison that are not changes ("stage prod is stale", fallbacks used). */
  notes: string[];
  counts: Record<Classification, number>;
}

export function countChanges(changes: Change[]): Record<Classification, number> {
  const counts: Record<Classification, number> = { breaking: 0, risky: 0, safe: 0 };
  for (const c of changes) counts[c.classification]++;
  return counts;
}
