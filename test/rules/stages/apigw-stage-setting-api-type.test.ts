import { stageSettingApiType as rule } from '../../../src/lint/config-rules/stage-setting-api-type.js';
import { configRuleTester } from '../../support/rule-tester.js';

configRuleTester(rule, {
  valid: [
    {
      name: 'an HTTP API with its own settings',
      code: 'api: {type: http}\nstages:\n  $default:\n    autoDeploy: false\n    detailedMetrics: true\n    routeSettings:\n      GET /pets: {throttling: {rateLimit: 1}}\n',
    },
    {
      name: 'a REST API with its own settings',
      code: 'api: {type: rest}\nstages:\n  prod:\n    tracing: true\n    methodSettings:\n      /pets/GET: {metrics: true}\n',
    },
  ],
  invalid: [
    {
      name: 'REST-only stage settings on an HTTP API',
      code: 'api: {type: http}\nstages:\n  $default:\n    tracing: true\n    methodSettings:\n      /pets/GET: {throttling: {rateLimit: 10}}\n    canary: {percent: 10}\n',
      // In the order the check walks them: settings with their own rules first.
      errors: [
        { path: 'stages.$default.methodSettings', line: 5 },
        { path: 'stages.$default.tracing', line: 4 },
        { path: 'stages.$default.canary', line: 7 },
      ],
    },
    {
      name: 'HTTP-only stage settings on a REST API',
      code: 'api: {type: rest}\nstages:\n  prod:\n    autoDeploy: true\n    routeSettings:\n      GET /pets: {detailedMetrics: true}\n',
      errors: [
        { path: 'stages.prod.autoDeploy', line: 4 },
        { path: 'stages.prod.routeSettings', line: 5 },
      ],
    },
  ],
});
