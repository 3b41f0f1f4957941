import type { Severity } from '../core/finding.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What the report flags (src/cli/report-flags.ts) parse to: how to print and when to fail. */
export interface ReportFlagValues {
  format: FormatName;
  output?: string;
  'fail-severity': Severity;
  quiet: boolean;
}

/** A rule as shown in SARIF's `tool.driver.rules` (from the lint ruleset or the validate codes). */
export interface RuleDescriptor {
  id: string;
  description: string;
  documentationUrl?: string;
}

export interface FormatOptions {
  format: FormatName;
  /** Paths are printed relative to this folder (GitHub and SARIF need repository-relative paths). */
  cwd: string;
  /** ANSI colour (stylish only). Decide with `shouldColor(process.stdout)`. */
  color: boolean;
  /** apigw's version, for SARIF's `tool.driver.version`. */
  toolVersion?: string;
  /** apigw's home page, for SARIF's `tool.driver.informationUri`. */
  informationUri?: string;
  /** Rules to describe in SARIF; codes found in findings but missing here are added by id. */
  rules?: RuleDescriptor[];
  /** JUnit: only findings at or above this severity are failures (Spectral's behaviour). Default: all. */
  failSeverity?: Severity;
  /** Files that were checked: JUnit lists clean ones as passing suites. */
  files?: string[];
  /** Stylish: print nothing at all on a clean run. */
  quiet?: boolean;
}
