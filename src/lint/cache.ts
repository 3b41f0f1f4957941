/**
 * `apigw lint --cache`: remembers the findings of a run so that linting an unchanged file again
 * (a pre-commit hook, an editor on save, a CI re-run) costs a file read and a hash, not a parse.
 *
 * An entry is found by a key made of everything that can change the findings without changing
 * the entry file: the entry file's path and content, the ruleset fingerprint (config `lint:`
 * section, custom rulesets, options such as `--api-type`) and the engine (apigw version, plus the
 * modification time of the rules when running from sources, where the version does not move).
 * Files reached through `$ref` are not known before loading, so each entry also records them with
 * their content hash; `get` re-hashes them and misses if any changed or disappeared.
 *
 * A cache is an optimisation, never a source of failure: unreadable, corrupt or foreign entries are
 * misses, and a cache directory that cannot be written is ignored.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../core/finding.js';

/** Bump when the entry layout or the meaning of a key changes. */
const FORMAT = 1;
/** Entries kept; older ones (by last write) are removed when a write pushes past this. */
const DEFAULT_MAX_ENTRIES = 2000;

export interface CacheKeyParts {
  /** The entry file (absolute, or relative to the cwd). */
  file: string;
  /** Its content as read (the loader's text). */
  content: string | Buffer;
  /**
   * Everything about the rules and options that changes findings: e.g. JSON of the resolved
   * `lint:` config, the text of custom ruleset files, `--api-type`. Order-sensitive.
   */
  ruleset: string;
  /** Engine identity: apigw version (see `engineFingerprint`). */
  engine: string;
}

interface Entry {
  format: number;
  key: string;
  /** Every file the findings depend on besides the entry file (the files reached by `$ref`). */
  deps: { path: string; sha256: string }[];
  /** The stored value: findings in `lint/`, a whole run's outcome in `runs/` (run-cache.ts). */
  findings: unknown;
}

export interface LintCacheOptions {
  /** Where entries live; default `defaultCacheDir()`. */
  dir?: string;
  maxEntries?: number;
}

export class LintCache {
  readonly dir: string;
  private readonly maxEntries: number;

  constructor(options: LintCacheOptions = {}) {
    this.dir = resolve(options.dir ?? defaultCacheDir());
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** The key for one entry file under one ruleset and engine (hex sha256). */
  static key(parts: CacheKeyParts): string {
    const hash = createHash('sha256');
    // Lengths first, so that no two different part lists can produce the same byte stream.
    const fields = [String(FORMAT), resolve(parts.file), parts.ruleset, parts.engine];
    for (const field of fields) hash.update(`${Buffer.byteLength(field)}:${field}\n`);
    hash.update(`${Buffer.byteLength(parts.content)}:`).update(parts.content);
    return hash.digest('hex');
  }

  /** Cached findings, or undefined when there is no entry or a `$ref`'d file changed. */
  get(key: string): Finding[] | undefined {
    const findings = this.read<unknown>('lint', key);
    return Array.isArray(findings) ? (findings as Finding[]) : undefined;
  }

  /**
   * Stores findings under `key`. `deps` are the other files the result depends on (absolute paths,
   * typically every file of `LoadedSpec.files` but the entry file); their current content is hashed now.
   * Returns false when the entry could not be written (the run goes on without a cache).
   */
  set(key: string, findings: Finding[], deps: Iterable<string> = []): boolean {
    return this.write('lint', key, findings, deps);
  }

  /** A stored value of `kind` (a folder of the cache), or undefined when absent, foreign, or a dep changed. */
  read<T>(kind: string, key: string): T | undefined {
    const path = this.pathOf(key, kind);
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(path, 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (entry?.format !== FORMAT || entry.key !== key || entry.findings === undefined || !Array.isArray(entry.deps))
      return undefined;
    for (const dep of entry.deps) {
      if (hashFile(dep.path) !== dep.sha256) return undefined;
    }
    return entry.findings as T;
  }

  /** Stores `value` under `key` in the folder `kind`, with the content hashes of `deps` (see `set`). */
  write(kind: string, key: string, value: unknown, deps: Iterable<string> = []): boolean {
    const depList: Entry['deps'] = [];
    for (const path of deps) {
      const sha256 = hashFile(path);
      if (sha256 === undefined) return false; // vanished while linting: do not cache a result nobody can check
      depList.push({ path: resolve(path), sha256 });
    }
    const entry: Entry = { format: FORMAT, key, deps: depList, findings: value };
    const target = this.pathOf(key, kind);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      // Write then rename: a concurrent reader (two hooks at once) sees the old entry or the new one, never half.
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, target);
    } catch {
      try {
        unlinkSync(temp);
      } catch {
        /* nothing was written */
      }
      return false;
    }
    this.prune(kind);
    return true;
  }

  private pathOf(key: string, kind: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new TypeError(`not a lint cache key: ${key}`);
    if (!/^[a-z]+$/.test(kind)) throw new TypeError(`not a lint cache folder: ${kind}`);
    return join(this.dir, kind, `${key}.json`);
  }

  /** Keeps the directory bounded: drops the least recently written entries beyond `maxEntries`. */
  private prune(kind: string): void {
    const lintDir = join(this.dir, kind);
    let names: string[];
    try {
      names = readdirSync(lintDir).filter((n) => n.endsWith('.json'));
    } catch {
      return;
    }
    if (names.length <= this.maxEntries) return;
    const aged = names
      .map((name) => {
        try {
          return { name, mtime: statSync(join(lintDir, name)).mtimeMs };
        } catch {
          return { name, mtime: 0 };
        }
      })
      .sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name));
    for (const { name } of aged.slice(0, names.length - this.maxEntries)) {
      try {
        unlinkSync(join(lintDir, name));
      } catch {
        /* another process removed it */
      }
    }
  }
}

/**
 * `$XDG_CACHE_HOME/apigw` when set; else `node_modules/.cache/apigw` of the nearest folder upward
 * from `cwd` that has a node_modules (the convention of Babel, ESLint, Prettier...); else
 * `~/.cache/apigw`.
 */
export function defaultCacheDir(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'apigw');
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'apigw');
    if (dirname(dir) === dir) break;
  }
  return join(homedir(), '.cache', 'apigw');
}

/**
 * The engine part of a key: the apigw version, and the newest modification time among `watch`
 * (pass the rules directory or the ruleset module when running from sources, where the version
 * stays the same while rules change). Missing paths are skipped.
 */
export function engineFingerprint(version: string, watch: string[] = []): string {
  let newest = 0;
  const visit = (path: string, depth: number): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory() && depth < 4) for (const name of readdirSync(path)) visit(join(path, name), depth + 1);
  };
  for (const path of watch) visit(path, 0);
  return `apigw@${version}${newest ? `+${Math.floor(newest)}` : ''}`;
}

function hashFile(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}
