import stageName from '../../../src/lint/config-rules/stage-name.js';
import { configRuleTester } from '../../support/rule-tester.js';

const defaultStage = (type: string) => `api: {type: ${type}}\nstages:\n  $default:\n    tracing: true\n`;

// API reference CreateStage.stageName: letters, digits, hyphens, underscores; $default is HTTP-only.
configRuleTester(stageName, {
  valid: [{ name: 'accepts $default on an HTTP API', code: defaultStage('http') }],
  invalid: [
    {
      name: 'flags stage names with characters API Gateway rejects',
      code: 'api: {type: rest}\nstages:\n  dev:\n    tracing: true\n  "prod.eu":\n    tracing: true\n',
      // Line 5, where `"prod.eu":` is written (not the first line of its settings below it).
      errors: [
        { path: 'stages.prod.eu', line: 5, message: /may contain only letters, digits, hyphens and underscores/ },
      ],
    },
    {
      name: 'flags $default on a REST API',
      code: defaultStage('rest'),
      errors: [{ path: 'stages.$default', line: 3, message: /\$default exists only for HTTP APIs/ }],
    },
  ],
});
