/**
 * Runs the CLI as a user would: a child process, real argv, real stdout/stderr and exit code.
 * Uses bin/dev.js (TypeScript sources through tsx) unless APIGW_BIN points at another entry
 * (CI sets APIGW_BIN=bin/run.js to test the built package).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** ../shared/corpus/specs beside the clone; APIGW_CORPUS_DIR points elsewhere (a test of the skip uses it). */
export const corpusDir = process.env.APIGW_CORPUS_DIR ?? resolve(repoRoot, '..', 'shared', 'corpus', 'specs');

/**
 * `{ skip: corpusSkip() }` for tests over the shared corpus (../shared beside the clone): on a plain
 * clone they skip with this one line. .ci/run sets APIGW_REQUIRE_CORPUS=1, where a missing corpus
 * is a failure instead (CI always has it).
 */
export function corpusSkip(dir: string = corpusDir): string | false {
  if (existsSync(dir)) return false;
  const message = `shared corpus not found at ${dir} (a plain clone has no ../shared; these tests run where it is present)`;
  if (process.env.APIGW_REQUIRE_CORPUS === '1') throw new Error(`${message}, and APIGW_REQUIRE_CORPUS=1`);
  return message;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  timeoutMs?: number;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const bin = resolve(repoRoot, process.env.APIGW_BIN ?? 'bin/dev.js');
  return runProcess(process.execPath, [bin, ...args], {
    ...options,
    cwd: options.cwd ?? repoRoot,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}

/** Spawns a command without colour, feeds it `input`, collects both streams, kills it after `timeoutMs`. */
export function runProcess(command: string, argv: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
