/**
 * Runs an installed `apigw` executable (from scripts/acceptance.mjs: APIGW_INSTALLED) the way a
 * shell would: the file itself, so its `#!/usr/bin/env node` line picks the Node first on PATH.
 */
import { spawn } from 'node:child_process';
import type { CliOptions, CliResult } from './cli.js';

export function installedBin(): string {
  const bin = process.env.APIGW_INSTALLED;
  if (!bin) throw new Error('APIGW_INSTALLED is not set: run these tests through node scripts/acceptance.mjs');
  return bin;
}

export function runInstalled(bin: string, args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
