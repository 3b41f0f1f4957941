import type { JsonPath } from '../../core/finding.js';
import { throttles } from './places.js';
import type { ConfigRule } from './types.js';

// rateLimit is a double (requests/s), burstLimit an integer (BOTO-V1 ThrottleSettings).
const throttleValues: ConfigRule = {
  id: 'apigw-throttle-values',
  category: 'stages',
  severity: 'error',
  description: 'Throttling: rateLimit a non-negative number, burstLimit a non-negative integer.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_ThrottleSettings.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [at, t] of throttles(config)) {
      if (t.rateLimit !== undefined && !(typeof t.rateLimit === 'number' && t.rateLimit >= 0))
        problems.push([
          [...at, 'rateLimit'],
          `rateLimit ${JSON.stringify(t.rateLimit)} must be a number of requests per second, 0 or more.`,
        ]);
      if (t.burstLimit !== undefined && !(Number.isInteger(t.burstLimit) && t.burstLimit >= 0))
        problems.push([
          [...at, 'burstLimit'],
          `burstLimit ${JSON.stringify(t.burstLimit)} must be a whole number of requests, 0 or more.`,
        ]);
    }
    return problems;
  },
};

export default throttleValues;
