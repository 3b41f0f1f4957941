import type { JsonPath } from '../../core/finding.js';
import type { ProjectConfig } from '../../config/types.js';
import type { ConfigRule } from './types.js';
import { entries } from './types.js';

// Stage variables: names [A-Za-z0-9_]+ (64 characters), values [A-Za-z0-9-._~:/?#&=,]+ (512
// characters), at most 100 per stage (BOTO-V1 Stage.variables; REST quota page; http-api-quotas).
export function variableMaps(config: ProjectConfig): Array<[JsonPath, Record<string, string>]> {
  return entries(config.data.stages).flatMap(([stage, s]) => [
    [['stages', stage, 'variables'], s?.variables ?? {}] as [JsonPath, Record<string, string>],
    [['stages', stage, 'canary', 'variables'], s?.canary?.variables ?? {}] as [JsonPath, Record<string, string>],
  ]);
}

export const variableName: ConfigRule = {
  id: 'apigw-stage-variable-name',
  category: 'stages',
  severity: 'error',
  description: 'Stage variable names: letters, digits and underscores, at most 64 characters; at most 100 per stage.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [at, vars] of variableMaps(config)) {
      const names = Object.keys(vars);
      if (names.length > 100) problems.push([at, `${names.length} stage variables; API Gateway allows 100 per stage.`]);
      for (const name of names) {
        if (!/^[A-Za-z0-9_]+$/.test(name))
          problems.push([
            [...at, name],
            `Stage variable name "${name}" may contain only letters, digits and underscores.`,
          ]);
        else if (name.length > 64)
          problems.push([
            [...at, name],
            `Stage variable name "${name}" is ${name.length} characters; the limit is 64.`,
          ]);
      }
    }
    return problems;
  },
};

export const variableValue: ConfigRule = {
  id: 'apigw-stage-variable-value',
  category: 'stages',
  severity: 'error',
  description: 'Stage variable values: only A-Z a-z 0-9 - . _ ~ : / ? # & = , and at most 512 characters.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [at, vars] of variableMaps(config)) {
      for (const [name, raw] of Object.entries(vars)) {
        const value = String(raw);
        if (value.includes('${')) continue; // filled in by apigw.yaml `vars` at deploy time
        if (value.length > 512)
          problems.push([[...at, name], `Stage variable "${name}" is ${value.length} characters; the limit is 512.`]);
        else if (!/^[A-Za-z0-9\-._~:/?#&=,]+$/.test(value)) {
          const bad = [...new Set(value.replace(/[A-Za-z0-9\-._~:/?#&=,]/g, ''))]
            .map((c) => (c === ' ' ? 'space' : `"${c}"`))
            .join(', ');
          problems.push([
            [...at, name],
            `Stage variable "${name}" contains ${bad}; values may use only letters, digits and - . _ ~ : / ? # & = , (URL-encode or restructure the value).`,
          ]);
        }
      }
    }
    return problems;
  },
};
