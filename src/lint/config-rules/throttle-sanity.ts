import type { JsonPath } from '../../core/finding.js';
import { throttles } from './places.js';
import type { ConfigRule } from './types.js';

// Account defaults are 10,000 rps / 5,000 burst per Region, and stage/method/usage-plan limits
// cannot exceed the account's (DG api-gateway-request-throttling; limits page).
export const ACCOUNT_RATE = 10000;
export const ACCOUNT_BURST = 5000;

const throttleSanity: ConfigRule = {
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

export default throttleSanity;
