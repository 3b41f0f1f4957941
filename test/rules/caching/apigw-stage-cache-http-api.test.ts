import stageCacheHttpApi from '../../../src/lint/config-rules/stage-cache-http-api.js';
import { configRuleTester } from '../../support/rule-tester.js';

// DG http-api-vs-rest: HTTP APIs have no API cache.
configRuleTester(stageCacheHttpApi, {
  valid: [
    {
      name: 'accepts caching on a REST API stage',
      code: 'api: {type: rest}\nstages:\n  prod:\n    caching: {enabled: true}\n',
    },
  ],
  invalid: [
    {
      name: 'flags caching on an HTTP API stage',
      code: 'api: {type: http}\nstages:\n  $default:\n    caching: {enabled: true}\n',
      errors: [{ path: 'stages.$default.caching', line: 4 }],
    },
  ],
});
