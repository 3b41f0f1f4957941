import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapAwsError } from '../../src/aws/errors.js';
import { controlPlaneBudget, failureKind, guardedCall } from '../../src/aws/retry.js';

const sdkError = (name: string, status: number | undefined, extra: object = {}) =>
  mapAwsError(
    Object.assign(new Error(name), {
      name,
      $fault: status && status >= 500 ? 'server' : 'client',
      $metadata: { httpStatusCode: status, attempts: 1 },
      ...extra,
    }),
    { operation: 'CreateDeployment' },
  );
const network = (code: string) =>
  mapAwsError(Object.assign(new Error(code), { code }), { operation: 'CreateDeployment' });

describe('control-plane retries (src/aws/retry.ts)', () => {
  it('classifies: 429 throttled, refused connection unreached, lost answer / 5xx / read timeout ambiguous, 4xx refused', () => {
    assert.equal(failureKind(sdkError('TooManyRequestsException', 429)), 'throttled');
    assert.equal(failureKind(network('ECONNREFUSED')), 'unreached');
    assert.equal(failureKind(network('ECONNRESET')), 'ambiguous');
    assert.equal(failureKind(sdkError('InternalFailure', 500)), 'ambiguous');
    assert.equal(
      failureKind(mapAwsError(Object.assign(new Error('t'), { name: 'TimeoutError', code: 'ETIMEDOUT' }))),
      'ambiguous',
    );
    assert.equal(failureKind(sdkError('BadRequestException', 400)), 'refused');
  });

  it('the budget: AWS_MAX_ATTEMPTS when set, else 8 attempts', () => {
    assert.equal(controlPlaneBudget({ maxAttempts: 5, maxAttemptsExplicit: false }, {}).attempts, 8);
    assert.equal(controlPlaneBudget({ maxAttempts: 3, maxAttemptsExplicit: true }, {}).attempts, 3);
    assert.equal(controlPlaneBudget({ maxAttempts: 5, maxAttemptsExplicit: false }, {}).baseDelayMs, 1000);
  });

  const budget = { attempts: 4, baseDelayMs: 0, maxDelayMs: 0 };

  it('after an ambiguous failure it looks up before retrying, and uses what the lost call created', async () => {
    let calls = 0;
    let lookups = 0;
    const r = await guardedCall({
      label: 'X',
      budget,
      attempt: async () => {
        calls++;
        throw sdkError('InternalFailure', 500);
      },
      lookup: async () => (++lookups === 1 ? 'made-by-lost-call' : undefined),
    });
    assert.deepEqual([r.value, r.recovered, calls, lookups], ['made-by-lost-call', true, 1, 1]);
  });

  it('retries throttling without a lookup; never retries a non-idempotent call without one', async () => {
    let calls = 0;
    const r = await guardedCall({
      label: 'X',
      budget,
      attempt: async () => (++calls < 3 ? Promise.reject(sdkError('TooManyRequestsException', 429)) : 'ok'),
      lookup: async () => assert.fail('no lookup after 429'),
    });
    assert.deepEqual([r.value, calls], ['ok', 3]);
    calls = 0;
    await assert.rejects(
      guardedCall({
        label: 'X',
        budget,
        attempt: async () => {
          calls++;
          throw network('ECONNRESET');
        },
      }),
      /it may have been applied; apigw did not retry it/,
    );
    assert.equal(calls, 1);
    await assert.rejects(
      guardedCall({
        label: 'X',
        budget,
        attempt: async () => {
          throw sdkError('TooManyRequestsException', 429);
        },
      }),
      /gave up after 4 attempts/,
    );
  });
});
