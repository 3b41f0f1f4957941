import rule from '../../../rules/timeout/integration-timeout.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// GET /slow with an HTTP proxy integration; timeoutInMillis at line 10 (then responseTransferMode when streaming).
const doc = (ms: string, stream = false) =>
  integrationDoc(
    `type: http_proxy\nhttpMethod: GET\nuri: https://example.com/slow\ntimeoutInMillis: ${ms}\n${stream ? 'responseTransferMode: STREAM\n' : ''}`,
    { path: '/slow' },
  );
const PATH = 'paths./slow.get.x-amazon-apigateway-integration.timeoutInMillis';

ruleTester(rule, {
  valid: [
    ...['50', '29000', "'29000'", '60000', '"${timeout}"', '!Ref Timeout'].map((v) => ({
      name: `${v} (Regional/unknown REST above 29 s is the quota rule's warning; placeholders)`,
      code: doc(v),
    })),
    { name: '30,000 ms on HTTP', code: doc('30000'), options: { flavour: 'http' as const } },
    { name: '600,000 ms streaming', code: doc('600000', true) },
  ],
  invalid: [
    { name: 'below 50 ms', code: doc('10'), errors: [{ path: PATH, line: 10, message: /minimum is 50 ms/ }] },
    {
      name: 'HTTP above 30,000 ms',
      code: doc('30001'),
      options: { flavour: 'http' },
      errors: [{ path: PATH, line: 10, message: /HTTP APIs allow at most 30,000 ms/ }],
    },
    {
      name: 'edge-optimized REST above 29,000 ms',
      code: doc('29001'),
      options: { endpointType: 'EDGE' },
      errors: [{ path: PATH, line: 10, message: /edge-optimized REST APIs allow at most 29,000 ms/ }],
    },
    {
      name: 'a fraction',
      code: doc('1.5'),
      errors: [{ path: PATH, line: 10, message: /whole number of milliseconds/ }],
    },
    {
      name: 'streaming beyond 15 minutes',
      code: doc('900001', true),
      errors: [{ path: PATH, line: 10, message: /at most 900,000 ms/ }],
    },
  ],
});
