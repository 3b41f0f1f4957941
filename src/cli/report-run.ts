/**
 * The end of every command that reports findings (validate, lint): notes for people go to stderr
 * (so stdout stays a clean JSON/SARIF/JUnit document), then src/report's emitReport formats, writes
 * and decides the exit code.
 */
import { escapeControl } from '../core/control-chars.js';
import type { Finding, Severity } from '../core/finding.js';
import type { RuleDescriptor } from '../report/types.js';
import type { ReportFlagValues } from './report-flags.js';

export interface ReportRun {
  findings: Finding[];
  /** Files checked (JUnit lists clean ones as passing). */
  files: string[];
  rules?: RuleDescriptor[];
  notes?: string[];
  /** Overrides --fail-severity (validate --fail-on-warnings). */
  failSeverity?: Severity;
  /** Some input could not be read (its one-line error is printed already): no "No problems found." then. */
  unreadable?: boolean;
}

export async function emitReport(run: ReportRun, flags: ReportFlagValues): Promise<number> {
  const { emitReport: emit } = await import('../report/emit.js');
  const { version } = await import('../core/version.js');
  if (!flags.quiet) for (const note of run.notes ?? []) process.stderr.write(`${escapeControl(note)}\n`);
  const quiet = flags.quiet || run.unreadable === true;
  return emit(
    run.findings,
    { ...flags, quiet, 'fail-severity': run.failSeverity ?? flags['fail-severity'] },
    {
      toolVersion: version(),
      informationUri: 'https://github.com/apigw-dev/apigw',
      rules: run.rules,
      files: run.files,
    },
  );
}
