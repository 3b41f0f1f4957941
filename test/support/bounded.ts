/**
 * The hostile-input contract, measured on the CLI users install (bin/run.js): a run finishes in
 * time and memory, exits 0, 1 or 2, and prints no internal error or stack trace.
 */
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { repoRoot } from './cli.js';

export interface BoundedResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time. */
  ms: number;
  /** CPU time (user + system): the work done, whatever else the shared machine runs. */
  cpuMs: number;
  maxRssMiB: number;
}

/** CPU time a hostile input may cost; wall-clock time may be longer on a loaded machine, up to WALL_LIMIT_MS (a hang). */
export const TIME_LIMIT_MS = 5_000;
export const WALL_LIMIT_MS = 60_000;
export const MEMORY_LIMIT_MIB = 512;

export function runBounded(
  args: string[],
  options: { cwd?: string; input?: string; killAfterMs?: number; env?: Record<string, string | undefined> } = {},
): Promise<BoundedResult> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'test/support/measured-cli.mjs'), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let usage = '';
    child.stdout!.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
    (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (d: string) => (usage += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 90_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const measured = usage
        ? (JSON.parse(usage) as { maxRssKiB: number; cpuMicros: number })
        : { maxRssKiB: Number.NaN, cpuMicros: Number.NaN };
      done({
        code,
        signal,
        stdout,
        stderr,
        ms: Date.now() - started,
        cpuMs: measured.cpuMicros / 1000,
        maxRssMiB: measured.maxRssKiB / 1024,
      });
    });
    // stdin stays open unless input is given: a read of /dev/stdin would block, as in a CI step with an open pipe.
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}

/** The bounded outcome every hostile input must have; returns the result for exact checks. */
export function assertBounded(result: BoundedResult, expectedCode: 0 | 1 | 2): BoundedResult {
  const shown = `exit ${result.code}${result.signal ? ` (${result.signal})` : ''}, ${result.cpuMs.toFixed(0)} ms CPU, ${result.ms} ms wall, ${result.maxRssMiB.toFixed(0)} MiB\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
  assert.equal(result.code, expectedCode, shown);
  assert.ok(
    result.cpuMs < TIME_LIMIT_MS,
    `took ${result.cpuMs.toFixed(0)} ms of CPU (limit ${TIME_LIMIT_MS})\n${shown}`,
  );
  assert.ok(result.ms < WALL_LIMIT_MS, `took ${result.ms} ms (limit ${WALL_LIMIT_MS})\n${shown}`);
  assert.ok(
    result.maxRssMiB < MEMORY_LIMIT_MIB,
    `peak memory ${result.maxRssMiB.toFixed(0)} MiB (limit ${MEMORY_LIMIT_MIB})\n${shown}`,
  );
  assert.doesNotMatch(result.stderr, /internal error|\n\s+at /, shown);
  return result;
}
