import type { JsonPath } from '../../core/finding.js';
import type { ProjectConfig, ThrottleConfig } from '../../config/types.js';
import { entries } from './types.js';

// Where apigw.yaml holds settings that several rules check.

/** Every stage-variable map: each stage's and its canary's. */
export function variableMaps(config: ProjectConfig): Array<[JsonPath, Record<string, string>]> {
  return entries(config.data.stages).flatMap(([stage, s]) => [
    [['stages', stage, 'variables'], s?.variables ?? {}] as [JsonPath, Record<string, string>],
    [['stages', stage, 'canary', 'variables'], s?.canary?.variables ?? {}] as [JsonPath, Record<string, string>],
  ]);
}

/** Every throttling block: stage, method setting, usage plan. */
export function throttles(config: ProjectConfig): Array<[JsonPath, ThrottleConfig]> {
  const out: Array<[JsonPath, ThrottleConfig]> = [];
  for (const [stage, s] of entries(config.data.stages)) {
    if (s?.throttling) out.push([['stages', stage, 'throttling'], s.throttling]);
    for (const [key, m] of entries(s?.methodSettings))
      if (m?.throttling) out.push([['stages', stage, 'methodSettings', key, 'throttling'], m.throttling]);
  }
  (config.data.usagePlans ?? []).forEach((plan, i) => {
    if (plan?.throttling) out.push([['usagePlans', i, 'throttling'], plan.throttling]);
  });
  return out;
}
