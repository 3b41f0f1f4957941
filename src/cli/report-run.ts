/**
 * The end of every command that reports findings (validate, lint): format, write, decide the exit
 * code. Notes for people (detected flavour, skipped files) go to stderr, so stdout stays a clean
 * JSON/SARIF/JUnit document for machines.
 */
import type { Finding, Severity } from '../report/finding.js';
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
}

export async function emitReport(run: ReportRun, flags: ReportFlagValues): Promise<number> {
  const { formatFindings, writeReport, exitCodeFor, shouldColor } = await import('../report/index.js');
  const { version } = await import('./version.js');
  const failSeverity = run.failSeverity ?? flags['fail-severity'];
  if (!flags.quiet) for (const note of run.notes ?? []) process.stderr.write(`${note}\n`);
  const text = formatFindings(run.findings, {
    format: flags.format,
    cwd: process.cwd(),
    color: flags.output === undefined && shouldColor(process.stdout),
    toolVersion: version(),
    informationUri: 'https://github.com/apigw-dev/apigw',
    rules: run.rules,
    failSeverity,
    files: run.files,
    quiet: flags.quiet,
  });
  writeReport(text, flags.output);
  return exitCodeFor(run.findings, failSeverity);
}
