/**
 * Runs an installed `apigw` executable (from scripts/acceptance.mjs: APIGW_INSTALLED) the way a
 * shell would: the file itself, so its `#!/usr/bin/env node` line picks the Node first on PATH.
 */
import { runProcess, type CliOptions, type CliResult } from './cli.js';

export function installedBin(): string {
  const bin = process.env.APIGW_INSTALLED;
  if (!bin) throw new Error('APIGW_INSTALLED is not set: run these tests through node scripts/acceptance.mjs');
  return bin;
}

export function runInstalled(bin: string, args: string[], options: CliOptions = {}): Promise<CliResult> {
  return runProcess(bin, args, { ...options, timeoutMs: options.timeoutMs ?? 120_000 });
}
