import type { JsonPath } from '../../core/finding.js';
import { ANY_METHOD, OPENAPI_METHODS } from '../../definition/methods.js';
import type { ConfigRule } from './types.js';
import { entries } from './types.js';

// methodSettings keys are {resourcePath}/{httpMethod}, with `*` wildcards (`*/*` = every method)
// (BOTO-V1 Stage.methodSettings, UpdateStage patch paths). A key naming no method of the
// definition silently configures nothing.
const rule: ConfigRule = {
  id: 'apigw-method-settings-key',
  category: 'stages',
  severity: 'warn',
  description:
    'A methodSettings key is not `{resourcePath}/{METHOD}` (or `*/*`), or names no method of the definition.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html',
  check(config, specs) {
    const methods = new Set<string>();
    for (const spec of specs) {
      for (const [path, item] of Object.entries((spec.resolved?.paths ?? {}) as Record<string, any>)) {
        for (const key of Object.keys(item ?? {})) {
          if ((OPENAPI_METHODS as readonly string[]).includes(key)) methods.add(`${path}/${key.toUpperCase()}`);
          if (key === ANY_METHOD) methods.add(`${path}/ANY`);
        }
      }
    }
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      for (const [key] of entries(s?.methodSettings)) {
        const at: JsonPath = ['stages', stage, 'methodSettings', key];
        const m = /^(\*|\/.*)\/([A-Z]+|\*)$/.exec(key);
        if (!m) {
          problems.push([at, `methodSettings key "${key}" must be {resourcePath}/{METHOD} (e.g. /pets/GET) or */*.`]);
          continue;
        }
        if (specs.length === 0 || key.includes('*')) continue;
        if (!methods.has(key) && !methods.has(`${m[1]}/ANY`))
          problems.push([
            at,
            `methodSettings "${key}" matches no method in the definition; these settings would apply to nothing (check the path and method spelling).`,
          ]);
      }
    }
    return problems;
  },
};
export default rule;
