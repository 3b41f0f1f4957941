/**
 * Runs a function under a watchdog that can stop it anywhere, even inside one long regular
 * expression match, which no check between steps can interrupt. Node's `vm` timeout terminates
 * whatever JavaScript runs while its script is on the stack, including functions of this realm that
 * the script calls. Starting the watchdog costs about 0.1 ms, so callers use it only around work
 * that can run away in a single step.
 */
import { createContext, Script, type Context } from 'node:vm';

let context: Context | undefined;
let script: Script | undefined;

export function withDeadline<T>(ms: number, fn: () => T): T {
  context ??= createContext(Object.create(null));
  script ??= new Script('run()', { filename: 'apigw-deadline' });
  const previous = context.run;
  context.run = fn;
  try {
    return script.runInContext(context, { timeout: Math.max(1, Math.ceil(ms)) }) as T;
  } finally {
    context.run = previous;
  }
}

export function isDeadlineError(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}
