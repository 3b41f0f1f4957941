/**
 * `apigw validate` as a library: would API Gateway import this definition, and what would it warn
 * about? Combines the loader's problems, OpenAPI structure, extension schemas and placement, and the
 * importer's cross-reference checks into one sorted, de-duplicated list of findings.
 */
import { compareFindings, type Finding } from '../core/finding.js';
import type { LoadedSpec } from '../definition/types.js';

export interface ValidationOptions {
  /** Skip the OpenAPI structure check (swagger-parser): lint runs it once itself. */
  skipStructure?: boolean;
}

export async function runValidation(spec: LoadedSpec, options: ValidationOptions = {}): Promise<Finding[]> {
  const [{ checkExtensions }, { checkCrossReferences }, { loadCompiledSchemas }] = await Promise.all([
    import('./extensions.js'),
    import('./crossrefs.js'),
    import('../definition/json-schema.js'),
  ]);
  await loadCompiledSchemas();
  // A document apigw built from template resources has apigw's structure, not the user's: its content is checked.
  const structure =
    options.skipStructure || spec.origin?.how === 'resources'
      ? []
      : await (await import('./structure.js')).validateStructure(spec);
  const { withTemplatePlaceholders } = await import('./template-placeholders.js');
  return dedupe(
    withTemplatePlaceholders(
      [...spec.problems, ...structure, ...checkExtensions(spec), ...checkCrossReferences(spec)],
      spec,
    ),
  );
}

/** The same finding reached twice (e.g. through two $refs to one node) is reported once. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.code}\u0000${f.source}\u0000${f.range.start.line}:${f.range.start.character}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort(compareFindings);
}
