/** Runs the apigw.yaml rules on inline YAML: [code, dotted path, 1-based line, message] per finding. */
import { parseProjectConfig } from '../../src/config/load.js';
import { checkConfig } from '../../src/lint/config-rules/index.js';
import type { LoadedSpec } from '../../src/definition/types.js';

export async function configFindings(
  yaml: string,
  code: string,
  specs: LoadedSpec[] = [],
): Promise<Array<[string, string, number, string]>> {
  const config = await parseProjectConfig(yaml, '/project/apigw.yaml');
  return checkConfig(config, specs)
    .filter((f) => f.code === code)
    .map((f) => [f.code, f.path.join('.'), f.range.start.line + 1, f.message]);
}
