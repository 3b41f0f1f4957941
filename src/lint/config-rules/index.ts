/**
 * Rules over apigw.yaml: stages, stage variables, throttling, usage plans, canary and cache
 * settings. They produce the same findings as the Spectral rules, located in apigw.yaml (except
 * `apigw-stage-variable-undefined`, located where the definition uses the variable).
 */
import type { ProjectConfig } from '../../config/types.js';
import type { Finding } from '../../core/finding.js';
import type { LoadedSpec } from '../../definition/types.js';
import canaryPercent from './canary-percent.js';
import methodSettingsKey from './method-settings-key.js';
import { accessLogFormat } from './stage-access-log-format.js';
import stageCacheHttpApi from './stage-cache-http-api.js';
import stageCacheSettings from './stage-cache-settings.js';
import stageName from './stage-name.js';
import { stageSettingApiType } from './stage-setting-api-type.js';
import { checkStageVariableUse, STAGE_VARIABLE_UNDEFINED } from './stage-variable-undefined.js';
import stageVariableName from './stage-variable-name.js';
import stageVariableValue from './stage-variable-value.js';
import throttleSanity from './throttle-sanity.js';
import throttleValues from './throttle-values.js';
import { apiTypeOf, type ConfigRule } from './types.js';
import usagePlanQuota from './usage-plan-quota.js';
import usagePlanStage from './usage-plan-stage.js';

export type { ConfigRule } from './types.js';

const checks: ConfigRule[] = [
  stageName,
  stageVariableName,
  stageVariableValue,
  throttleValues,
  throttleSanity,
  usagePlanQuota,
  usagePlanStage,
  canaryPercent,
  stageCacheSettings,
  stageCacheHttpApi,
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
