/**
 * Control-plane calls that change something, made without the SDK's blind retries.
 *
 * A retry is safe only when the failed attempt certainly did nothing, or when doing it twice gives
 * the same result. So each failure is classified (`failureKind`):
 *   throttled   AWS answered 429 / TooManyRequests / LimitExceeded: nothing applied, wait and retry
 *   unreached   the request never reached AWS (connection refused, DNS, connect timeout): retry
 *   ambiguous   it may have been applied (response lost, dropped connection, read timeout, 5xx):
 *               look up what exists first (`lookup`); retry only when the lookup finds nothing
 *               or the call is idempotent
 *   refused     AWS answered 4xx: final
 *
 * The budget for throttling is longer than the SDK's default (5 attempts, about 8 s of backoff):
 * CreateDeployment and ImportRestApi have low per-account rate limits (reference §3.1), so a busy
 * CI account needs tens of seconds. Attempts: AWS_MAX_ATTEMPTS when set, otherwise 8; backoff
 * doubles from 1 s (APIGW_RETRY_BASE_MS) up to 20 s with jitter, about 70 s at most in all.
 */
import { ApigwError } from '../core/errors.js';
import type { ResolvedAwsSettings } from './client.js';

export type FailureKind = 'throttled' | 'unreached' | 'ambiguous' | 'refused';

const UNREACHED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const THROTTLED = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling', 'LimitExceededException']);

interface ErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

/** The SDK error under an ApigwError (mapAwsError keeps it as `cause`). */
function sdkError(error: unknown): ErrorShape {
  let e = error as ErrorShape | undefined;
  for (let i = 0; e instanceof ApigwError && i < 3; i++) e = e.cause as ErrorShape | undefined;
  return e ?? {};
}

function codeInChain(error: ErrorShape | undefined, depth = 0): string | undefined {
  if (!error || depth > 5) return undefined;
  return error.code ?? codeInChain(error.cause as ErrorShape | undefined, depth + 1);
}

export function failureKind(error: unknown): FailureKind {
  const e = sdkError(error);
  const status = e.$metadata?.httpStatusCode;
  if ((e.name && THROTTLED.has(e.name)) || status === 429) return 'throttled';
  const code = codeInChain(e);
  if (code && UNREACHED.has(code)) return 'unreached';
  // A connect timeout means nothing was sent; the SDK reports it as TimeoutError with this message.
  if (
    e.name === 'TimeoutError' &&
    /connection timeout|Socket timed out without establishing a connection/i.test(e.message ?? '')
  )
    return 'unreached';
  if (status !== undefined && status < 500) return 'refused';
  return 'ambiguous';
}

export interface RetryBudget {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export function controlPlaneBudget(
  settings: Pick<ResolvedAwsSettings, 'maxAttempts' | 'maxAttemptsExplicit'>,
  env: Record<string, string | undefined> = process.env,
): RetryBudget {
  const base = Number(env.APIGW_RETRY_BASE_MS);
  return {
    attempts: settings.maxAttemptsExplicit ? settings.maxAttempts : 8,
    baseDelayMs:
      Number.isFinite(base) && base >= 0 && env.APIGW_RETRY_BASE_MS !== '' && env.APIGW_RETRY_BASE_MS !== undefined
        ? base
        : 1000,
    maxDelayMs: 20_000,
  };
}

/** Delay before attempt `n + 1` (n ≥ 1): half fixed, half jitter, so retries of parallel jobs spread out. */
export function backoffMs(n: number, budget: RetryBudget): number {
  const ceiling = Math.min(budget.maxDelayMs, budget.baseDelayMs * 2 ** (n - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

export interface GuardedCall<T> {
  /** One attempt (no SDK retry): e.g. `() => session.sendOnce(new CreateDeploymentCommand(...))`. */
  attempt: () => Promise<T>;
  /** After an ambiguous failure: what the call would have created, when it exists. */
  lookup?: () => Promise<T | undefined>;
  /** Doing it twice gives the same result (PutRestApi with the same body, UpdateStage replace ops). */
  idempotent?: boolean;
  budget: RetryBudget;
  /** Told about each retry and each recovery by lookup (progress lines). */
  note?: (line: string) => void;
  /** Label for notes, e.g. `CreateDeployment`. */
  label: string;
}

export interface GuardedResult<T> {
  value: T;
  /** True when the value came from the lookup after an ambiguous failure. */
  recovered: boolean;
  attempts: number;
}

export async function guardedCall<T>(call: GuardedCall<T>): Promise<GuardedResult<T>> {
  for (let n = 1; ; n++) {
    try {
      return { value: await call.attempt(), recovered: false, attempts: n };
    } catch (error) {
      const kind = failureKind(error);
      if (kind === 'refused') throw error;
      if (kind === 'ambiguous' && call.lookup) {
        const found = await call.lookup();
        if (found !== undefined) {
          call.note?.(`${call.label}: the answer was lost but the call was applied; using what it created`);
          return { value: found, recovered: true, attempts: n };
        }
      } else if (kind === 'ambiguous' && !call.idempotent) {
        throw new ApigwError(`${(error as Error).message} (it may have been applied; apigw did not retry it)`, {
          exitCode: (error as ApigwError).exitCode,
          cause: error,
        });
      }
      if (n >= call.budget.attempts) {
        throw n > 1
          ? new ApigwError(`${(error as Error).message} (gave up after ${n} attempts)`, {
              exitCode: (error as ApigwError).exitCode,
              cause: error,
            })
          : error;
      }
      const wait = backoffMs(n, call.budget);
      call.note?.(
        `${call.label}: ${kind === 'throttled' ? 'throttled' : kind === 'unreached' ? 'not reached' : 'failed without an answer'}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${n + 1} of ${call.budget.attempts})`,
      );
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
