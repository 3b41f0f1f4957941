import type { JsonPath } from '../../core/finding.js';
import { variableMaps } from './places.js';
import type { ConfigRule } from './types.js';

// Names [A-Za-z0-9_]+ (64 characters), at most 100 per stage (BOTO-V1 Stage.variables; REST quota page; http-api-quotas).
const stageVariableName: ConfigRule = {
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

export default stageVariableName;
