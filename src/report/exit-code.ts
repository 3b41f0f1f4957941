import { atLeast, type Finding, type Severity } from '../core/finding.js';

/** 1 when any finding is at or above `failSeverity` (default `error`), else 0 (README "Exit codes"). */
export function exitCodeFor(findings: readonly Finding[], failSeverity: Severity = 'error'): 0 | 1 {
  return findings.some((f) => atLeast(f.severity, failSeverity)) ? 1 : 0;
}
