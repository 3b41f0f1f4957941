/**
 * `{{ name }}` placeholders (CDK's SpecRestApi/asset substitution, Mustache/Jinja-style templating)
 * are filled in before API Gateway sees the file. YAML reads an unquoted `{{ x }}` as a mapping, so
 * any check on such a value would judge the template, not the API: a finding on a line holding one
 * becomes a single `apigw-undecidable` info (the placeholder really blocked that check).
 */
import type { Finding } from '../core/finding.js';
import type { LoadedSpec } from '../definition/types.js';

const MUSTACHE = /\{\{\s*[\w.:-]+\s*\}\}/;
const KEEP = new Set(['apigw-undecidable', 'apigw-ref-dangling', 'apigw-duplicate-key']);

export function withTemplatePlaceholders(findings: Finding[], spec: LoadedSpec): Finding[] {
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, line: number): string => {
    let all = lines.get(file);
    if (!all) lines.set(file, (all = spec.files.get(file)?.text.split('\n') ?? []));
    return all[line] ?? '';
  };
  // One search per line, not per finding: a minified JSON definition is one line of megabytes
  // with thousands of findings on it.
  const searched = new Map<string, RegExpExecArray | null>();
  const placeholderOn = (file: string, line: number): RegExpExecArray | null => {
    const key = `${file}\u0000${line}`;
    let found = searched.get(key);
    if (found === undefined) searched.set(key, (found = MUSTACHE.exec(lineOf(file, line))));
    return found;
  };
  const noted = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const placeholder = KEEP.has(f.code) ? null : placeholderOn(f.source, f.range.start.line);
    if (!placeholder) {
      out.push(f);
      continue;
    }
    const key = `${f.source}\u0000${f.range.start.line}`;
    if (noted.has(key)) continue;
    noted.add(key);
    out.push({
      ...f,
      code: 'apigw-undecidable',
      severity: 'info',
      message: `value is the template placeholder ${placeholder[0]}, filled in before deploy; not checked`,
    });
  }
  return out;
}
