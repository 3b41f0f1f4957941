/** Format + write + exit code in one call, so every reporting command behaves the same. */
import { shouldColor } from './color.js';
import { exitCodeFor } from './exit-code.js';
import type { Finding } from '../core/finding.js';
import { formatFindings } from './format.js';
import { writeReport } from './output.js';
import type { ReportFlagValues, RuleDescriptor } from './types.js';

export interface EmitContext {
  cwd?: string;
  toolVersion?: string;
  informationUri?: string;
  rules?: RuleDescriptor[];
  files?: string[];
  stdout?: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

/** Prints the report as the flags ask and returns the exit code (0 clean, 1 findings at/above --fail-severity). */
export function emitReport(findings: readonly Finding[], flags: ReportFlagValues, context: EmitContext = {}): 0 | 1 {
  const stdout = context.stdout ?? process.stdout;
  const toFile = flags.output !== undefined && flags.output !== '-';
  const text = formatFindings(findings, {
    format: flags.format,
    cwd: context.cwd ?? process.cwd(),
    color: !toFile && shouldColor(stdout, context.env),
    toolVersion: context.toolVersion,
    informationUri: context.informationUri,
    rules: context.rules,
    failSeverity: flags['fail-severity'],
    files: context.files,
    quiet: flags.quiet,
  });
  writeReport(text, flags.output, { cwd: context.cwd, stdout });
  return exitCodeFor(findings, flags['fail-severity']);
}
