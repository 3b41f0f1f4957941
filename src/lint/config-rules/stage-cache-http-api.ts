import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';
import { apiTypeOf, entries } from './types.js';

// Caching is a REST-only stage feature (DG http-api-vs-rest).
const stageCacheHttpApi: ConfigRule = {
  id: 'apigw-stage-cache-http-api',
  category: 'caching',
  severity: 'error',
  flavour: 'http',
  description: 'Stage caching configured for an HTTP API, which has no API cache.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  check(config, specs) {
    if (apiTypeOf(config, specs) !== 'http') return [];
    const problems: Array<[JsonPath, string]> = [];
    for (const [stage, s] of entries(config.data.stages)) {
      if (s?.caching)
        problems.push([
          ['stages', stage, 'caching'],
          `Stage "${stage}" configures caching, but HTTP APIs have no API cache; remove it (or use CloudFront in front of the API).`,
        ]);
      for (const [key, m] of entries(s?.methodSettings))
        if (m?.caching)
          problems.push([
            ['stages', stage, 'methodSettings', key, 'caching'],
            `HTTP APIs have no API cache; remove caching from method setting ${key}.`,
          ]);
    }
    return problems;
  },
};

export default stageCacheHttpApi;
