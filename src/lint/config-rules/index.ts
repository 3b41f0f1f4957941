/**
 * Rules over apigw.yaml: stages, stage variables, throttling, usage plans, canary and cache
 * settings. They produce the same findings as the Spectral rules, located in apigw.yaml (except
 * `apigw-stage-variable-undefined`, located where the definition uses the variable).
 */
import type { ProjectConfig } from '../../config/types.js';
import type { Finding } from '../../core/finding.js';
import type { LoadedSpec } from '../../definition/types.js';
import { accessLogFormat } from './access-log.js';
import canaryPercent from './canary.js';
import { cacheHttpApi, cacheSettings } from './caching.js';
import methodSettingsKey from './method-settings.js';
import stageName from './stage-name.js';
import { stageSettingApiType } from './stage-setting-api-type.js';
import { checkStageVariableUse, STAGE_VARIABLE_UNDEFINED } from './stage-variable-undefined.js';
import { variableName, variableValue } from './stage-variables.js';
import { throttleSanity, throttleValues } from './throttling.js';
import { apiTypeOf, type ConfigRule } from './types.js';
import { usagePlanQuota, usagePlanStages } from './usage-plans.js';

export type { ConfigRule } from './types.js';

const checks: ConfigRule[] = [
  stageName,
  variableName,
  variableValue,
  throttleValues,
  throttleSanity,
  usagePlanQuota,
  usagePlanStages,
  canaryPercent,
  cacheSettings,
  cacheHttpApi,
  methodSettingsKey,
  stageSettingApiType,
  accessLogFormat,
];

/** Metadata of every config rule (for `apigw rules` and the severity settings). */
export const configRules: Array<Omit<ConfigRule, 'check'>> = [...checks, STAGE_VARIABLE_UNDEFINED];

/** Problems in apigw.yaml itself; `specs` are the definitions linted in this run (for methodSettings keys and the API type). */
export function checkConfig(config: ProjectConfig, specs: LoadedSpec[]): Finding[] {
  // A rule of one API type does not run on the other (when the type is known), as the Spectral rules.
  const type = apiTypeOf(config, specs);
  return checks
    .filter((rule) => !rule.flavour || !type || rule.flavour === type)
    .flatMap((rule) =>
      rule.check(config, specs).map(([path, message]) => ({
        code: rule.id,
        severity: rule.severity,
        message,
        path,
        source: config.file,
        range: config.rangeOf(path),
      })),
    );
}

/** Problems in a definition that only apigw.yaml reveals. */
export function checkSpecAgainstConfig(spec: LoadedSpec, config: ProjectConfig): Finding[] {
  return checkStageVariableUse(spec, config);
}
