import type { JsonPath } from '../../core/finding.js';
import type { ProjectConfig, ThrottleConfig } from '../../config/types.js';
import type { ConfigRule } from './types.js';
import { entries } from './types.js';

// rateLimit is a double (requests/s), burstLimit an integer (BOTO-V1 ThrottleSettings); account
// defaults are 10,000 rps / 5,000 burst per Region, and stage/method/usage-plan limits cannot
// exceed the account's (DG api-gateway-request-throttling; limits page).
export const ACCOUNT_RATE = 10000;
export const ACCOUNT_BURST = 5000;

function throttles(config: ProjectConfig): Array<[JsonPath, ThrottleConfig]> {
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

export const throttleValues: ConfigRule = {
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

export const throttleSanity: ConfigRule = {
  id: 'apigw-throttle-sanity',
  category: 'stages',
  severity: 'warn',
  description:
    'Throttling above the account defaults (10,000 rps, burst 5,000), or a burst of 0 that rejects every request.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [at, t] of throttles(config)) {
      const rate = typeof t.rateLimit === 'number' ? t.rateLimit : undefined;
      const burst = typeof t.burstLimit === 'number' ? t.burstLimit : undefined;
      if (rate !== undefined && rate > ACCOUNT_RATE)
        problems.push([
          [...at, 'rateLimit'],
          `rateLimit ${rate} is above the default account limit of ${ACCOUNT_RATE} requests/s per Region; it has no effect unless your account quota was raised.`,
        ]);
      if (burst !== undefined && burst > ACCOUNT_BURST)
        problems.push([
          [...at, 'burstLimit'],
          `burstLimit ${burst} is above the default account burst of ${ACCOUNT_BURST}; the account limit applies first.`,
        ]);
      if (burst === 0 && (rate === undefined || rate > 0))
        problems.push([
          [...at, 'burstLimit'],
          'burstLimit 0 empties the token bucket: every request is throttled (429). Set a burst of at least 1, or rateLimit 0 to block on purpose.',
        ]);
    }
    return problems;
  },
};
