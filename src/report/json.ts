/**
 * Spectral's `--format json` shape, so tools that read Spectral's output read ours:
 * https://github.com/stoplightio/spectral/blob/develop/packages/formatters/src/json.ts
 * (severity as DiagnosticSeverity numbers, 0-based range, absolute `source`, tab indentation).
 */
import { severityNumber, type Finding } from '../core/finding.js';

export function formatJson(findings: readonly Finding[]): string {
  const out = findings.map((f) => ({
    code: f.code,
    path: [...f.path],
    message: f.message,
    severity: severityNumber[f.severity],
    range: { start: { ...f.range.start }, end: { ...f.range.end } },
    source: f.source,
    ...(f.documentationUrl ? { documentationUrl: f.documentationUrl } : {}),
  }));
  return JSON.stringify(out, null, '\t') + '\n';
}
