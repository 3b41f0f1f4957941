import type { JsonPath } from '../../core/finding.js';
import { variableMaps } from './places.js';
import type { ConfigRule } from './types.js';

// Values [A-Za-z0-9-._~:/?#&=,]+ (512 characters) (BOTO-V1 Stage.variables).
const stageVariableValue: ConfigRule = {
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

export default stageVariableValue;
