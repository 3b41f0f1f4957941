/**
 * The AWS API Gateway emulator for tests: moto's server from .venv (scripts/setup-emulator.sh),
 * started on 127.0.0.1 on a free port and stopped by the test file that started it.
 *
 *   const skip = emulatorSkipReason();            // a string when .venv is missing locally
 *   describe('deploy', { skip }, () => {
 *     let emu: Emulator;
 *     before(async () => (emu = await startEmulator()));
 *     after(() => emu.stop());
 *     beforeEach(() => emu.reset());
 *   });
 *
 * Locally a missing emulator skips with a message; in CI (CI=true) it is a failure, because
 * .ci/run installs it and a silent skip would hide the deploy tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot } from './cli.js';

export const motoServerBin = resolve(repoRoot, '.venv', 'bin', 'moto_server');

export interface Emulator {
  /** e.g. http://127.0.0.1:51234 — pass as --endpoint-url. */
  endpoint: string;
  /** Forgets every API, deployment and stage (moto's /moto-api/reset). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Environment for a CLI run against the emulator: fake credentials, a fixed region, no profile files. */
export function emulatorEnv(endpoint?: string): Record<string, string | undefined> {
  return {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing-secret-never-printed',
    AWS_SESSION_TOKEN: undefined,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: undefined,
    AWS_PROFILE: undefined,
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_ENDPOINT_URL: undefined,
    AWS_ENDPOINT_URL_API_GATEWAY: endpoint,
    AWS_ENDPOINT_URL_APIGATEWAYV2: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export function emulatorSkipReason(): string | undefined {
  if (existsSync(motoServerBin)) return undefined;
  const message = `AWS emulator not installed (${motoServerBin} missing): run scripts/setup-emulator.sh`;
  if (process.env.CI === 'true') throw new Error(`${message} — CI must run it before the tests`);
  return message;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export async function startEmulator(options: { timeoutMs?: number } = {}): Promise<Emulator> {
  const reason = emulatorSkipReason();
  if (reason) throw new Error(reason);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(motoServerBin, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_PORT: String(port) },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (exited) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (exited) throw new Error(`moto_server exited while starting:\n${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`moto_server did not answer on ${endpoint} within ${options.timeoutMs ?? 30_000} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    endpoint,
    stop,
    async reset() {
      const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status}`);
    },
  };
}
