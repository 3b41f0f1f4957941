/**
 * Turns whatever the SDK throws into one ApigwError line and a documented exit code:
 * 3 when AWS (or the emulator) answered and refused, 4 when it could not be reached at all
 * (connection refused, DNS failure, timeout, retries exhausted on throttling/5xx).
 * Messages never include credentials: only the error name, AWS's own message and the operation.
 */
import { ApigwError, ExitCode } from '../core/errors.js';

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; attempts?: number; requestId?: string };
  $retryable?: unknown;
  cause?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const THROTTLE_NAMES = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'LimitExceededException',
]);
const CREDENTIAL_NAMES = new Set(['CredentialsProviderError', 'ProviderError']);

const HINTS: Record<string, string> = {
  NotFoundException: 'check the API id / stage name and the region',
  UnauthorizedException: 'check the credentials and their permissions',
  AccessDeniedException: 'check the IAM permissions for apigateway:*',
  ConflictException: 'another change is in progress or the item already exists; re-run when it settles',
  BadRequestException: 'AWS rejected the request',
};

/** Finds a Node network error code anywhere in the cause chain. */
function networkCode(error: SdkErrorLike | undefined, depth = 0): string | undefined {
  if (!error || depth > 5) return undefined;
  if (error.code && NETWORK_CODES.has(error.code)) return error.code;
  return networkCode(error.cause as SdkErrorLike | undefined, depth + 1);
}

export interface AwsErrorContext {
  /** SDK operation name, e.g. `CreateDeployment`. */
  operation?: string;
  /** Where the client was pointing, to make "unreachable" actionable. */
  endpoint?: string;
}

export function mapAwsError(error: unknown, context: AwsErrorContext = {}): ApigwError {
  if (error instanceof ApigwError) return error;
  const e = (error ?? {}) as SdkErrorLike;
  const op = context.operation ? `${context.operation}: ` : '';
  const where = context.endpoint ? ` at ${context.endpoint}` : '';
  const message = cleanMessage(e.message);
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts;
  const tried = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';

  // The SDK names ECONNRESET/EPIPE "TimeoutError" too; only ETIMEDOUT (our read timeout) is "in time".
  const code = networkCode(e);
  if (code && code !== 'ETIMEDOUT') {
    return new ApigwError(`${op}AWS API Gateway is unreachable${where} (${code})${tried}`, {
      exitCode: ExitCode.network,
      cause: error,
    });
  }
  if (code === 'ETIMEDOUT' || (e.name && TIMEOUT_NAMES.has(e.name))) {
    return new ApigwError(`${op}AWS API Gateway did not answer in time${where}${tried}`, {
      exitCode: ExitCode.network,
      cause: error,
    });
  }
  if (e.name && CREDENTIAL_NAMES.has(e.name)) {
    return new ApigwError(
      `${op}no usable AWS credentials: ${message || 'the default credential chain found none'} (set AWS_PROFILE / --profile, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)`,
      { exitCode: ExitCode.aws, cause: error },
    );
  }
  // An answer the SDK cannot parse came from something other than API Gateway (a web server at a
  // wrong --endpoint-url, a proxy's error page, an emulator without the operation): AWS did not refuse.
  if (e.name === 'SyntaxError' || /Deserialization error/.test(e.message ?? '')) {
    const at = context.endpoint ?? 'the endpoint';
    return new ApigwError(
      `${op}${at} did not answer as API Gateway (HTTP ${status ?? '?'}, not an AWS response): check --endpoint-url / AWS_ENDPOINT_URL, or this emulator lacks the operation`,
      { exitCode: ExitCode.network, cause: error },
    );
  }
  // Throttling and 5xx reach here only once the SDK's retries are exhausted: AWS is there but
  // not serving us, which for a CI job is the same as unreachable (retry later).
  if ((e.name && THROTTLE_NAMES.has(e.name)) || status === 429) {
    return new ApigwError(
      `${op}AWS kept throttling the request${tried} (${e.name ?? 'HTTP 429'}${message ? `: ${message}` : ''}); try again later`,
      {
        exitCode: ExitCode.network,
        cause: error,
      },
    );
  }
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return new ApigwError(
      `${op}AWS API Gateway failed${tried} (${e.name ?? `HTTP ${status}`}${message ? `: ${message}` : ''})`,
      {
        exitCode: ExitCode.network,
        cause: error,
      },
    );
  }
  if (status !== undefined || e.$fault === 'client') {
    const name = e.name && e.name !== 'Error' ? e.name : `HTTP ${status}`;
    const hint = e.name && HINTS[e.name] && !message ? ` (${HINTS[e.name]})` : '';
    return new ApigwError(`${op}AWS refused the request: ${name}${message ? `: ${message}` : ''}${hint}`, {
      exitCode: ExitCode.aws,
      cause: error,
    });
  }
  // Not an SDK error: a bug or something unforeseen; keep it visible rather than disguised.
  if (error instanceof Error) throw error;
  return new ApigwError(`${op}unexpected AWS error: ${String(error)}`, { exitCode: ExitCode.aws, cause: error });
}

/** AWS messages sometimes span lines (importer warnings); keep them but on one line. */
function cleanMessage(message: string | undefined): string {
  if (!message || message === 'UnknownError') return '';
  return message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' | ');
}

/**
 * Sends a command and maps failures. The operation name comes from the command class
 * (`CreateDeploymentCommand` → `CreateDeployment`).
 */
export async function send<Output>(
  client: { send(command: any): Promise<any>; config?: unknown },
  command: { constructor: { name: string } },
  endpoint?: string,
): Promise<Output> {
  try {
    return (await client.send(command)) as Output;
  } catch (error) {
    throw mapAwsError(error, { operation: command.constructor.name.replace(/Command$/, ''), endpoint });
  }
}
