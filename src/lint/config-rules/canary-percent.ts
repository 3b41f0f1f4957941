import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';
import { entries } from './types.js';

// Canary percentTraffic: a double from 0.0 to 100.0 (BOTO-V1 CanarySettings, DeploymentCanarySettings).
const rule: ConfigRule = {
  id: 'apigw-canary-percent',
  category: 'stages',
  severity: 'error',
  flavour: 'rest',
  description: 'Canary `percent` must be a number from 0 to 100.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CanarySettings.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      const percent = s?.canary?.percent;
      if (percent === undefined) continue;
      if (typeof percent !== 'number' || percent < 0 || percent > 100)
        problems.push([
          ['stages', stage, 'canary', 'percent'],
          `Canary percent ${JSON.stringify(percent)} must be between 0 and 100 (percent of the stage's traffic).`,
        ]);
    }
    return problems;
  },
};
export default rule;
