import type { ProjectConfig } from '../../config/types.js';
import type { JsonPath, Severity } from '../../core/finding.js';
import type { RuleCategory } from '../../../rules/lib/rule.js';
import type { LoadedSpec } from '../../definition/types.js';

/** A rule over apigw.yaml (stages, usage plans) rather than the definition; findings point into apigw.yaml. */
export interface ConfigRule {
  id: string;
  category: RuleCategory;
  severity: Severity;
  description: string;
  awsSource: string;
  flavour?: 'rest' | 'http';
  recommended?: boolean;
  /** Problems as [path inside apigw.yaml, message]. `specs` are the definitions being linted (may be empty). */
  check(config: ProjectConfig, specs: LoadedSpec[]): Array<[JsonPath, string]>;
}

export function entries<T>(record: Record<string, T> | undefined): Array<[string, T]> {
  return record && typeof record === 'object' ? Object.entries(record) : [];
}

/** The API type apigw.yaml declares, else the one the definitions were loaded as. */
export function apiTypeOf(config: ProjectConfig, specs: LoadedSpec[]): 'rest' | 'http' | undefined {
  return config.data.api?.type ?? specs[0]?.flavour?.type;
}
