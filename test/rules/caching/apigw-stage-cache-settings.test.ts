import stageCacheSettings from '../../../src/lint/config-rules/stage-cache-settings.js';
import { configRuleTester } from '../../support/rule-tester.js';

// DG api-gateway-caching: cache sizes 0.5 to 237 GB, TTL 0 to 3600 s.
configRuleTester(stageCacheSettings, {
  valid: [
    {
      name: 'accepts documented sizes (string or number) and TTLs',
      code: 'stages:\n  prod:\n    caching: {size: 0.5, ttl: 3600}\n  dev:\n    caching: {size: "237", ttl: 0}\n',
    },
  ],
  invalid: [
    {
      name: 'flags an unknown cache size and TTLs above 3600',
      code: 'stages:\n  prod:\n    caching: {enabled: true, size: "2", ttl: 7200}\n    methodSettings:\n      /pets/GET:\n        caching: {ttl: -5}\n',
      errors: [
        {
          path: 'stages.prod.caching.size',
          line: 3,
          message: /choose one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237/,
        },
        { path: 'stages.prod.caching.ttl', line: 3 },
        { path: 'stages.prod.methodSettings./pets/GET.caching.ttl', line: 6 },
      ],
    },
  ],
});
