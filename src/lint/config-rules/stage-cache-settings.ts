import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';
import { entries } from './types.js';

// Cache cluster sizes (GB) 0.5 … 237 (BOTO-V1 CacheClusterSize); TTL 0-3600 s, default 300 (DG
// api-gateway-caching).
export const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];

const stageCacheSettings: ConfigRule = {
  id: 'apigw-stage-cache-settings',
  category: 'caching',
  severity: 'error',
  description: 'Stage cache: size one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237 GB; TTLs 0-3600 s.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      const size = s?.caching?.size;
      if (size !== undefined && !CACHE_SIZES.includes(String(size)))
        problems.push([
          ['stages', stage, 'caching', 'size'],
          `Cache size ${JSON.stringify(size)} is not offered; choose one of ${CACHE_SIZES.join(', ')} (GB).`,
        ]);
      const ttls: Array<[JsonPath, unknown]> = [[['stages', stage, 'caching', 'ttl'], s?.caching?.ttl]];
      for (const [key, m] of entries(s?.methodSettings))
        ttls.push([['stages', stage, 'methodSettings', key, 'caching', 'ttl'], m?.caching?.ttl]);
      for (const [at, ttl] of ttls) {
        if (ttl === undefined) continue;
        if (!(Number.isInteger(ttl) && (ttl as number) >= 0 && (ttl as number) <= 3600))
          problems.push([
            at,
            `Cache TTL ${JSON.stringify(ttl)} must be whole seconds from 0 (no caching) to 3600; the maximum cannot be raised.`,
          ]);
      }
    }
    return problems;
  },
};

export default stageCacheSettings;
