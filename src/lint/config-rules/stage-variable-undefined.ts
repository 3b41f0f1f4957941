/**
 * `${stageVariables.x}` (URIs, credentials, connectionId), `$stageVariables.x` / `$stageVariables['x']`
 * (templates) and `stageVariables.x` (parameter mappings) read a variable every stage must define:
 * a missing one makes a URI invalid at run time (500) or renders empty (DG
 * aws-api-gateway-stage-variables-reference). The finding points at the use in the definition.
 */
import type { ProjectConfig } from '../../config/types.js';
import type { Finding, JsonPath } from '../../core/finding.js';
import type { LoadedSpec } from '../../definition/types.js';
import { entries } from './types.js';

export const STAGE_VARIABLE_UNDEFINED = {
  id: 'apigw-stage-variable-undefined',
  category: 'stages' as const,
  severity: 'error' as const,
  description: 'The definition reads a stage variable that some stage in apigw.yaml does not define.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
};

const USE = /stageVariables(?:\.([A-Za-z0-9_]+)|\[\s*['"]([^'"]+)['"]\s*\])/g;
const PROSE = new Set(['description', 'summary', 'title']);

function walk(node: unknown, path: JsonPath, visit: (text: string, path: JsonPath) => void, seen: Set<unknown>): void {
  if (typeof node === 'string') visit(node, path);
  else if (node && typeof node === 'object' && !seen.has(node)) {
    seen.add(node);
    for (const [key, value] of Object.entries(node))
      if (!PROSE.has(key)) walk(value, [...path, Array.isArray(node) ? Number(key) : key], visit, seen);
  }
}

export function checkStageVariableUse(spec: LoadedSpec, config: ProjectConfig): Finding[] {
  const stages = entries(config.data.stages);
  if (stages.length === 0) return [];
  const findings: Finding[] = [];
  for (const file of spec.files.values()) {
    walk(
      file.data,
      [],
      (text, path) => {
        const names = new Set<string>();
        for (const m of text.matchAll(USE)) names.add(m[1] ?? m[2]);
        for (const name of names) {
          const missing = stages.filter(([, s]) => !(s?.variables && name in s.variables)).map(([stage]) => stage);
          if (missing.length === 0) continue;
          findings.push({
            code: STAGE_VARIABLE_UNDEFINED.id,
            severity: STAGE_VARIABLE_UNDEFINED.severity,
            message: `Stage variable "${name}" is not defined on stage${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in apigw.yaml; requests there see an empty value. Add it under stages.<name>.variables.`,
            path,
            source: file.path,
            range: file.rangeOf(path),
          });
        }
      },
      new Set(),
    );
  }
  return findings;
}
