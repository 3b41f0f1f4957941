/**
 * `apigw lint --cache`, decided before the lint engine is loaded.
 *
 * A pre-commit hook re-runs lint on files that mostly did not change. The per-definition cache
 * (cache.ts, used by files.ts) still loads the engine, apigw.yaml and the definition before it
 * can look anything up. This one keys a whole run by what the command line and the environment
 * say (arguments, cwd, options, the apigw.yaml found, the engine) and records every file the run
 * read (definitions, `$ref`'d files, apigw.yaml, ruleset files) with its content hash; a hit
 * re-hashes those files and replays the outcome — findings, notes, and the rule descriptions the
 * report formats need — having loaded only this module and node's crypto.
 *
 * Only node built-ins, cache.ts and config/load.ts (whose YAML parser loads on use) are imported
 * here: this module is what a hit costs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../core/finding.js';
import { findConfigFile } from '../config/load.js';
import { LintCache, defaultCacheDir, engineFingerprint } from './cache.js';

export interface RunRequest {
  args: string[];
  cwd: string;
  configPath?: string;
  apiType?: string;
  rulesets?: string[];
  ignoreUnknown?: boolean;
  /** `--profile`: changes severities, so it is part of the key. */
  profile?: string;
  /** `--root` folders and the read limits: they change which files are read. */
  roots?: string[];
  limits?: { maxBytes?: number; maxDepth?: number; maxAliases?: number };
  /** `--allow-code-rulesets`: a run allowed to execute a ruleset is not replayed for one that is not. */
  allowCodeRulesets?: boolean;
}

/** A rule as the report formats describe it (SARIF's rule list); report/types.ts's RuleDescriptor. */
export interface RuleDescription {
  id: string;
  description: string;
  documentationUrl?: string;
}

/** What `apigw lint` prints from: files.ts's outcome and the registry's rule descriptions. */
export interface RunOutcome {
  findings: Finding[];
  files: string[];
  notes: string[];
  skipped: string[];
  rules: RuleDescription[];
}

const KIND = 'runs';

/** The key of a run: everything that can change its outcome except file contents (those are deps). */
export function runKey(request: RunRequest, version: string): string {
  const cwd = resolve(request.cwd);
  const parts = {
    cwd,
    args: request.args.map((a) => resolve(cwd, a)),
    config: request.configPath ? resolve(cwd, request.configPath) : (findConfigFile(cwd) ?? null),
    apiType: request.apiType ?? null,
    rulesets: (request.rulesets ?? []).map((r) => (existsSync(resolve(cwd, r)) ? resolve(cwd, r) : r)),
    ignoreUnknown: request.ignoreUnknown === true,
    profile: request.profile ?? null,
    roots: (request.roots ?? []).map((r) => resolve(cwd, r)),
    limits: request.limits ?? {},
    trust: [
      request.allowCodeRulesets === true,
      process.env.APIGW_ALLOW_CODE_RULESETS ?? null,
      process.env.APIGW_ALLOW_REMOTE_RULESETS ?? null,
    ],
    engine: engine(version),
  };
  return createHash('sha256')
    .update(`apigw-lint-run\n${JSON.stringify(parts)}`)
    .digest('hex');
}

export function readRun(request: RunRequest, version: string): RunOutcome | undefined {
  const value = store(request.cwd).read<RunOutcome>(KIND, runKey(request, version));
  if (!value || !Array.isArray(value.findings) || !Array.isArray(value.rules)) return undefined;
  return value;
}

/** Stores a run's outcome; `inputs` are all the files it read (their hashes are checked on every hit). */
export function writeRun(request: RunRequest, version: string, outcome: RunOutcome, inputs: Iterable<string>): boolean {
  const deps = new Set<string>();
  for (const file of inputs) deps.add(resolve(request.cwd, file));
  for (const ruleset of request.rulesets ?? []) {
    const path = resolve(request.cwd, ruleset);
    if (existsSync(path)) deps.add(path);
  }
  return store(request.cwd).write(KIND, runKey(request, version), outcome, deps);
}

function store(cwd: string): LintCache {
  return new LintCache({ dir: defaultCacheDir(cwd) });
}

/**
 * The engine part of the key: the version, and — when running from sources, where the version
 * does not move while rules change — the rules' and engine's modification times (as cache.ts's
 * per-definition entries have it).
 */
function engine(version: string): string {
  return engineFingerprint(version, [
    fileURLToPath(new URL('../../rules', import.meta.url)),
    fileURLToPath(new URL('.', import.meta.url)),
  ]);
}
