/**
 * LocalStack's open core 4.13.1 (API Gateway with canary support) for tests: installed by
 * scripts/setup-emulator.sh into .venv-localstack (pins in HELPERS.md / docs/deploy.md), started
 * here on 127.0.0.1 on a free port with its own FILESYSTEM_ROOT, no Docker, no token, no network
 * (events and the certificate download are off). Ready in about 15-30 s. Locally a missing install
 * skips with a message; with CI=true it is a failure, as for moto.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './cli.js';
import { freePort } from './emulator.js';

export const localstackPython = resolve(repoRoot, '.venv-localstack', 'bin', 'python');

export interface LocalStack {
  endpoint: string;
  stop(): Promise<void>;
}

export function localstackSkipReason(): string | undefined {
  if (existsSync(localstackPython)) return undefined;
  const message = `LocalStack not installed (${localstackPython} missing): run scripts/setup-emulator.sh`;
  if (process.env.CI === 'true') throw new Error(`${message} — CI must run it before the tests`);
  return message;
}

export async function startLocalStack(options: { timeoutMs?: number } = {}): Promise<LocalStack> {
  const reason = localstackSkipReason();
  if (reason) throw new Error(reason);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const root = mkdtempSync(join(tmpdir(), 'apigw-localstack-'));
  const child: ChildProcess = spawn(localstackPython, ['-m', 'localstack.runtime.main'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so stop() ends LocalStack and whatever it started, and nothing else.
    detached: true,
    env: {
      ...process.env,
      GATEWAY_LISTEN: `127.0.0.1:${port}`,
      DISABLE_EVENTS: '1',
      SKIP_SSL_CERT_DOWNLOAD: '1',
      DNS_ADDRESS: '0',
      FILESYSTEM_ROOT: root,
      SERVICES: 'apigateway,cloudwatch,sts',
      EAGER_SERVICE_LOADING: '0',
      LOCALSTACK_AUTH_TOKEN: '',
    },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (!exited && child.pid) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        process.kill(-child.pid!, 'SIGTERM');
        setTimeout(() => !exited && process.kill(-child.pid!, 'SIGKILL'), 5000).unref();
      });
    }
    rmSync(root, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) throw new Error(`LocalStack exited while starting:\n${stderr}`);
    try {
      const res = await fetch(`${endpoint}/_localstack/health`, { signal: AbortSignal.timeout(1000) });
      const health = (await res.json()) as { services?: Record<string, string> };
      if (res.ok && ['available', 'running'].includes(health.services?.apigateway ?? '')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`LocalStack did not answer on ${endpoint} within ${options.timeoutMs ?? 120_000} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { endpoint, stop };
}
