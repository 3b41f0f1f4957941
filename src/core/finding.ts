/**
 * The one finding type shared by validate, lint and diff, and every formatter.
 * Positions are 0-based like Spectral's (formatters print them 1-based).
 */
export type Severity = 'error' | 'warn' | 'info' | 'hint';

/** Spectral's numeric severities (DiagnosticSeverity): its JSON output uses these numbers. */
export const severityNumber: Record<Severity, 0 | 1 | 2 | 3> = { error: 0, warn: 1, info: 2, hint: 3 };
export const severityFromNumber: Severity[] = ['error', 'warn', 'info', 'hint'];

/** Lower rank = more severe. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityNumber[severity] <= severityNumber[threshold];
}

export type JsonPath = ReadonlyArray<string | number>;

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column (UTF-16 code units, as Spectral). */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Finding {
  /** Rule id, e.g. `apigw-integration-timeout` or `oas-structure`. */
  code: string;
  message: string;
  severity: Severity;
  /** JSON path inside `source` (the file that holds the offending node, after following $refs). */
  path: JsonPath;
  /** Absolute path of the file that holds the node. */
  source: string;
  range: Range;
  /** Optional grouping shown by `apigw rules` and diff ("integration", "cors", ...). */
  category?: string;
  /** Link to the rule's documentation page. */
  documentationUrl?: string;
}

export const emptyRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Stable order: file, then line, then column, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.source.localeCompare(b.source) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}
