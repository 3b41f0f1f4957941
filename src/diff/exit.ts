import type { DiffResult } from './change.js';

export type FailOn = 'breaking' | 'risky' | 'any';

/** 1 when a change at or above `failOn` was found, else 0 (no `failOn`: always 0). */
export function exitCodeForDiff(result: DiffResult, failOn?: FailOn): 0 | 1 {
  if (!failOn) return 0;
  const { breaking, risky, safe } = result.counts;
  const hits = failOn === 'breaking' ? breaking : failOn === 'risky' ? breaking + risky : breaking + risky + safe;
  return hits > 0 ? 1 : 0;
}
