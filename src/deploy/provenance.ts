/**
 * Deployment provenance: what apigw writes into each deployment's description so a deployment can
 * be told apart from its siblings later (API Gateway keeps no per-stage history; a deployment
 * belongs to the API, not to a stage).
 *
 * Format (docs/deploy.md "Provenance"): the user's --description, if any, then one bracketed tag:
 *
 *   [apigw stage=prod body=sha256:0f3a9c2e41b7d865 commit=3e4f5a6b7c8d run=9c1d2e3f]
 *
 *   stage   the stage the deployment was made for
 *   body    first 16 hex digits of the SHA-256 of the exact body pushed (PutRestApi/ImportRestApi)
 *   commit  `git rev-parse HEAD` where the definition lives (12 digits), when it is in a repository
 *   run     random per run: makes the description unique, so a lost CreateDeployment answer can be
 *           recovered by finding the deployment with exactly this description
 *
 * Values are [A-Za-z0-9._:$-]; a stage name cannot hold anything else (REST: [A-Za-z0-9_-]; HTTP APIs
 * add `$default`).
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Provenance {
  stage: string;
  /** `sha256:` + 16 hex digits. */
  body: string;
  commit?: string;
  run?: string;
}

const TAG = /\[apigw ((?:[a-z]+=[A-Za-z0-9._:$-]+ ?)+)\]\s*$/;

export function bodyHash(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16)}`;
}

export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

export function formatProvenance(p: Provenance, userDescription?: string): string {
  const fields = [
    `stage=${p.stage}`,
    `body=${p.body}`,
    p.commit ? `commit=${p.commit}` : '',
    p.run ? `run=${p.run}` : '',
  ].filter(Boolean);
  const tag = `[apigw ${fields.join(' ')}]`;
  const text = userDescription?.trim();
  return text ? `${text} ${tag}` : tag;
}

/** The tag from a deployment description; undefined for deployments apigw did not make. */
export function parseProvenance(description: string | undefined): Provenance | undefined {
  const m = description ? TAG.exec(description) : null;
  if (!m) return undefined;
  const fields = Object.fromEntries(
    m[1]
      .trim()
      .split(' ')
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  if (!fields.stage || !fields.body) return undefined;
  return { stage: fields.stage, body: fields.body, commit: fields.commit, run: fields.run };
}

/**
 * The commit checked out where the definition lives, or undefined outside a repository (or without
 * git). Bounded: git gets 3 s; a hung git must not hang a deploy.
 */
export async function gitCommit(dir: string): Promise<string | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      'git',
      ['rev-parse', '--verify', '-q', 'HEAD'],
      { cwd: dir, timeout: 3000, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => {
        const sha = String(stdout ?? '').trim();
        resolve(!error && /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : undefined);
      },
    );
  });
}
