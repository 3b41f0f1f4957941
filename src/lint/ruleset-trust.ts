/**
 * Who may make apigw run code or reach the network. A Spectral ruleset can be JavaScript (a `.js`
 * file, an npm package, custom `functions:`) and can `extends:` a URL. apigw.yaml and
 * .pre-commit-config.yaml live in the repository, so a pull request can name either: apigw never
 * executes code or fetches because of what a definition or a PR's config says, unless the person
 * running it allows it:
 * - code: `--allow-code-rulesets`, or APIGW_ALLOW_CODE_RULESETS=1;
 * - network: `lint.allowRemote: true` in a config passed explicitly with `--config`, or
 *   APIGW_ALLOW_REMOTE_RULESETS=1 (an apigw.yaml found by walking up is the repository's word, not yours).
 * Rulesets are inspected before Spectral's bundler sees them, and the bundler's file reads and
 * fetches are refused again as they happen (a second line of defence, same messages).
 */
import { extname, isAbsolute, resolve, dirname } from 'node:path';
import { SetupError } from '../core/errors.js';

export interface RulesetTrust {
  code: boolean;
  remote: boolean;
}

export const CODE_OPT_IN = '--allow-code-rulesets or APIGW_ALLOW_CODE_RULESETS=1';
export const REMOTE_OPT_IN =
  'lint.allowRemote: true in a config you pass with --config, or APIGW_ALLOW_REMOTE_RULESETS=1';

export function trustFrom(
  options: { allowCode?: boolean; allowRemote?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): RulesetTrust {
  return {
    code: options.allowCode === true || env.APIGW_ALLOW_CODE_RULESETS === '1',
    remote: options.allowRemote === true || env.APIGW_ALLOW_REMOTE_RULESETS === '1',
  };
}

/** Largest ruleset file read (real ones are a few KB). */
export const RULESET_MAX_BYTES = 5 * 1024 * 1024;

const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx']);
const isUrl = (text: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text);

export function codeRefusal(what: string): SetupError {
  return new SetupError(
    `${what} is JavaScript: apigw runs code from a ruleset only when you allow it (${CODE_OPT_IN})`,
  );
}

export function remoteRefusal(what: string): SetupError {
  return new SetupError(
    `${what} is fetched from the network: apigw fetches rulesets only when you allow it (${REMOTE_OPT_IN})`,
  );
}

/**
 * Throws SetupError when loading `file` (a ruleset file, absolute) would run code or fetch without
 * the matching permission. `isPackage`: the entry named an npm package (its code runs when loaded).
 */
export async function assertRulesetAllowed(
  entry: string,
  file: string,
  isPackage: boolean,
  trust: RulesetTrust,
): Promise<void> {
  if (trust.code && trust.remote) return;
  if (isPackage && !trust.code) throw codeRefusal(`Spectral ruleset '${entry}' (an npm package)`);
  const seen = new Set<string>();
  const visit = async (path: string, label: string, depth: number): Promise<void> => {
    if (seen.has(path) || depth > 16) return;
    seen.add(path);
    if (CODE_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (!trust.code) throw codeRefusal(label);
      return; // what a JS ruleset imports is its own business once code is allowed
    }
    const data = await readRulesetData(path);
    if (data === null || typeof data !== 'object') return;
    const doc = data as { functions?: unknown; extends?: unknown };
    if (doc.functions !== undefined && !trust.code) throw codeRefusal(`${label} declares custom functions, which`);
    const parents = (Array.isArray(doc.extends) ? doc.extends : [doc.extends]).map((e) =>
      Array.isArray(e) ? e[0] : e,
    );
    for (const parent of parents) {
      if (typeof parent !== 'string' || parent.startsWith('spectral:')) continue;
      const where = `${label} extends '${parent}', which`;
      if (isUrl(parent)) {
        if (!trust.remote) throw remoteRefusal(where.replace(/, which$/, ''));
        continue;
      }
      if (parent.startsWith('.') || isAbsolute(parent))
        await visit(resolve(dirname(path), parent), where.replace(/, which$/, ''), depth + 1);
      else if (!trust.code) throw codeRefusal(`${where.replace(/, which$/, '')} (an npm package)`);
    }
  };
  await visit(file, `Spectral ruleset '${entry}'`, 0);
}

async function readRulesetData(path: string): Promise<unknown> {
  const { readBoundedBytes } = await import('../definition/read.js');
  let text: string;
  try {
    text = readBoundedBytes(path, RULESET_MAX_BYTES, 'a ruleset file').toString('utf8');
  } catch {
    return undefined; // Spectral's loader reports what it cannot read
  }
  const { cjsExports } = await import('../core/interop.js');
  const yaml = cjsExports(await import('yaml'));
  try {
    return yaml.parse(text, { logLevel: 'silent', maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** Throws SetupError for a ruleset path that is not a regular file or is larger than RULESET_MAX_BYTES; missing files pass (the loader reports them). */
export function assertReadableRuleset(fs: typeof import('node:fs'), path: string): void {
  let stat: import('node:fs').Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return;
  }
  if (!stat.isFile())
    throw new SetupError(`Ruleset file '${path}' is not a regular file (a device, FIFO, socket or folder)`);
  if (stat.size > RULESET_MAX_BYTES)
    throw new SetupError(`Ruleset file '${path}' is larger than the ${RULESET_MAX_BYTES / 1024 / 1024} MB apigw reads`);
}

/** The file system and fetch Spectral's bundler gets: JS reads and fetches refused unless allowed. */
export function guardedIo(fs: typeof import('node:fs'), trust: RulesetTrust): { fs: unknown; fetch: unknown } {
  const readFile = async (path: unknown, ...rest: unknown[]) => {
    if (!trust.code && typeof path === 'string' && CODE_EXTENSIONS.has(extname(path).toLowerCase()))
      throw codeRefusal(`Ruleset file '${path}'`);
    // apigw.yaml (a PR's) names the ruleset: a device, FIFO or huge file would hang or exhaust the bundler.
    if (typeof path === 'string') assertReadableRuleset(fs, path);
    return (fs.promises.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  };
  const guardedFs = { ...fs, promises: { ...fs.promises, readFile } };
  const fetch = async (url: unknown, ...rest: unknown[]) => {
    if (!trust.remote) throw remoteRefusal(`Ruleset '${String(url)}'`);
    return (globalThis.fetch as (...a: unknown[]) => Promise<unknown>)(url, ...rest);
  };
  return { fs: guardedFs, fetch };
}
