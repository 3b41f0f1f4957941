/**
 * SARIF 2.1.0 as GitHub code scanning ingests it
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * `tool.driver` with name/version/informationUri/rules, one result per finding with `ruleId`,
 * `level`, `message.text` and a physical location whose artifact URI is relative to the checkout
 * (here: to `cwd`) and whose region is 1-based. Column numbers count UTF-16 code units, as our
 * ranges do, which `columnKind` states.
 */
import type { Finding, Severity } from '../core/finding.js';
import { artifactUri } from './locations.js';
import type { FormatOptions, RuleDescriptor } from './types.js';

/** SARIF has no "hint": info and hint are both `note` (as Spectral maps them). */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warn: 'warning',
  info: 'note',
  hint: 'note',
};

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(
  findings: readonly Finding[],
  options: Pick<FormatOptions, 'cwd' | 'toolVersion' | 'informationUri' | 'rules'>,
): string {
  const rules = ruleDescriptors(findings, options.rules ?? []);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apigw',
            ...(options.toolVersion
              ? { version: options.toolVersion, semanticVersion: semver(options.toolVersion) }
              : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description || r.id },
              ...(r.documentationUrl ? { helpUri: r.documentationUrl } : {}),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: ruleIndex.get(f.code)!,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(f.source, options.cwd) },
                region: {
                  startLine: f.range.start.line + 1,
                  startColumn: f.range.start.character + 1,
                  endLine: f.range.end.line + 1,
                  endColumn: f.range.end.character + 1,
                },
              },
              // The JSON path makes the result findable without the file (and by people).
              ...(f.path.length
                ? { logicalLocations: [{ fullyQualifiedName: f.path.map(String).join('.'), kind: 'member' }] }
                : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The given rules, then any code used by a finding but not described (GitHub shows rule help per result). */
function ruleDescriptors(findings: readonly Finding[], given: RuleDescriptor[]): RuleDescriptor[] {
  const byId = new Map<string, RuleDescriptor>();
  for (const r of given) if (!byId.has(r.id)) byId.set(r.id, r);
  for (const f of findings) {
    if (!byId.has(f.code)) byId.set(f.code, { id: f.code, description: '', documentationUrl: f.documentationUrl });
  }
  return [...byId.values()];
}

/** SARIF's `semanticVersion` must be SemVer; omit anything else. */
function semver(version: string): string | undefined {
  return /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version) ? version : undefined;
}
