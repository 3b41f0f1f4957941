import { accessLogFormat } from '../../../src/lint/config-rules/stage-access-log-format.js';
import { configRuleTester } from '../../support/rule-tester.js';

const log = (format: string) =>
  `api: {type: http}\nstages:\n  $default:\n    accessLog:\n      destination: arn:aws:logs:us-east-1:1:log-group:a\n      format: ${JSON.stringify(format)}\n`;
const FORMAT = 'stages.$default.accessLog.format';

// DG set-up-access-logging / http-api-logging: a request id in the format; HTTP API formats up to 3 KB.
configRuleTester(accessLogFormat, {
  valid: [
    { name: 'accepts $context.requestId', code: log('$context.requestId $context.status') },
    { name: 'accepts $context.extendedRequestId', code: log('{"id":"$context.extendedRequestId"}') },
  ],
  invalid: [
    {
      name: 'flags a format without a request id',
      code: log('$context.status $context.routeKey'),
      errors: [{ path: FORMAT, line: 6 }],
    },
    {
      name: 'flags an HTTP API format over 3 KB',
      code: log(`$context.requestId ${'x'.repeat(3100)}`),
      errors: [{ path: FORMAT, line: 6 }],
    },
  ],
});
