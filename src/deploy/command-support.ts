/** What the AWS-changing commands share: progress lines, the TTY-only confirmation, target lookup. */
import type { AwsClientOptions } from '../aws/client.js';
import type { AwsFlagValues } from '../aws/flag-values.js';
import { ApigwError, ExitCode } from '../core/errors.js';
import { createProgress } from './progress.js';
import { StepRunner, type StepRecord } from './steps.js';

/** Progress goes to stderr so stdout stays the result (and pure JSON with --json); a spinner on a TTY. */
export function progressWriter(quiet: boolean): (line: string) => void {
  return createProgress({ quiet });
}

/**
 * Asks only when both stdin and stdout are terminals. Without a TTY (CI) there is nobody to
 * answer: no prompt and no hang; the command proceeds, which is why CI runs need no --yes.
 */
export async function confirmOnTty(question: string, yes: boolean): Promise<boolean> {
  if (yes || !process.stdin.isTTY || !process.stdout.isTTY) return true;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export function aborted(): ApigwError {
  return new ApigwError('aborted: nothing was changed', { exitCode: ExitCode.aborted });
}

export interface Target {
  session: import('../aws/client.js').ApiGatewaySession;
  restApiId: string;
  apiName?: string;
}

/** Opens the client and finds the API from --rest-api-id / --api-name / apigw.yaml. */
export async function openTarget(
  flags: AwsFlagValues & { 'rest-api-id'?: string; 'api-id'?: string; 'api-name'?: string; config?: string },
): Promise<Target> {
  const { loadProjectConfig } = await import('../config/load.js');
  const { openApiGateway } = await import('../aws/client.js');
  const { resolveRestApi } = await import('../aws/resolve-api.js');
  const config = await loadProjectConfig(flags.config);
  const { awsOptionsFrom } = await import('../aws/flag-values.js');
  const options: AwsClientOptions = awsOptionsFrom(flags);
  const session = await openApiGateway(options, config?.data.api);
  const api = await resolveRestApi(session, {
    restApiId: flags['rest-api-id'],
    apiId: flags['api-id'],
    apiName: flags['api-name'],
    config,
  });
  return { session, restApiId: api.id!, apiName: api.name };
}

export function newRunner(quiet: boolean): StepRunner {
  return new StepRunner(progressWriter(quiet));
}

/** With --json a failure is still one JSON document on stdout (plus the one-line error on stderr). */
export function failureJson(error: unknown, extra: Record<string, unknown>): string {
  const e = error as ApigwError & { steps?: StepRecord[] };
  return `${JSON.stringify({ ok: false, error: e.message, exitCode: e.exitCode ?? 1, steps: e.steps ?? [], ...extra }, null, 2)}\n`;
}

export interface CanaryChange {
  /** Asked on a terminal before anything changes. */
  question: string;
  /** The change itself; returns the stage as it is afterwards. */
  apply(target: Target, runner: StepRunner): Promise<import('@aws-sdk/client-api-gateway').Stage>;
  /** What people are told afterwards (JSON readers get the canary status instead). */
  describe(after: import('@aws-sdk/client-api-gateway').Stage, status: import('./canary.js').CanaryStatus): string;
}

/**
 * The flow every stage-changing canary command shares: find the API, confirm on a TTY, apply,
 * then print the result (one JSON document with --json, also when a step fails).
 */
export async function runCanaryChange(
  flags: Parameters<typeof openTarget>[0] & { stage: string; yes: boolean; json: boolean },
  change: CanaryChange,
  write: (text: string) => void,
): Promise<void> {
  const { statusOf } = await import('./canary.js');
  const { openCanaryTarget } = await import('./http/target.js');
  const target = await openCanaryTarget(flags);
  const runner = newRunner(false);
  try {
    if (!(await confirmOnTty(change.question.replace('{api}', target.restApiId), flags.yes))) throw aborted();
    const after = await change.apply(target, runner);
    const status = statusOf(target.restApiId, flags.stage, after);
    write(
      flags.json
        ? `${JSON.stringify({ ok: true, ...status, steps: runner.steps }, null, 2)}\n`
        : `${change.describe(after, status)}\n`,
    );
  } catch (error) {
    if (flags.json) write(failureJson(error, { stage: flags.stage }));
    throw error;
  }
}
