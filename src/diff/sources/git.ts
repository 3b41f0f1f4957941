/**
 * `git:REV:PATH`: a definition as it was at a git revision. The file and every file its relative
 * `$ref`s reach (read at the same revision) are written into a temporary copy of the repository
 * layout, so the loader resolves references exactly as it would in a checkout of REV, confined to
 * that copy: nothing of the working tree or the rest of the filesystem is read. Only blobs are
 * copied (`git cat-file blob`), so a `$ref` naming a folder finds no file rather than a tree listing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { InputError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../definition/read.js';
import { isObject } from '../canonical.js';

export interface GitRef {
  rev: string;
  path: string;
}

/** `git:REV:PATH`; REV may itself contain `:` only if PATH is given after the last one. */
export function parseGitRef(text: string): GitRef {
  const body = text.slice('git:'.length);
  const colon = body.lastIndexOf(':');
  const rev = colon < 0 ? '' : body.slice(0, colon);
  const path = colon < 0 ? body : body.slice(colon + 1);
  if (!rev || !path) throw new InputError(`'${text}': expected git:REV:PATH (e.g. git:origin/main:openapi.yaml)`);
  return { rev, path };
}

export interface MaterialisedFile {
  /** Absolute path of the entry file inside the temporary tree. */
  file: string;
  /** The temporary tree (its layout mirrors the repository's). */
  root: string;
  cleanup(): void;
}

function git(args: string[], cwd: string, maxBuffer = 1024 * 1024): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer });
}

/** PATH is relative to `cwd` (like `git show REV:./PATH`), which keeps it valid from any sub-folder. */
export async function materialiseGitFile(
  ref: GitRef,
  cwd: string,
  label: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<MaterialisedFile> {
  const { cjsExports } = await import('../../core/interop.js');
  const yaml = cjsExports(await import('yaml'));
  // CloudFormation tags (!Sub) are unknown to plain YAML: silence them, only `$ref`s matter here.
  const parse = (text: string) => yaml.parse(text, { logLevel: 'silent', uniqueKeys: false });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch {
    throw new InputError(`${label}: ${cwd} is not inside a git repository`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref.rev}^{commit}`], top);
  } catch {
    throw new InputError(`${label}: unknown git revision '${ref.rev}'`);
  }
  const entry = relative(top, resolve(cwd, ref.path)).split(sep).join('/');
  if (entry.startsWith('..')) throw new InputError(`${label}: ${ref.path} is outside the repository ${top}`);

  const root = mkdtempSync(join(tmpdir(), 'apigw-diff-git-'));
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    const read = (repoPath: string): Buffer | undefined => {
      try {
        return git(['cat-file', 'blob', `${ref.rev}:${repoPath}`], top, maxBytes + 1);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOBUFS') {
          throw new InputError(
            `${label}: ${repoPath} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB apigw reads (raise the limit with --max-file-size)`,
          );
        }
        return undefined;
      }
    };
    const first = read(entry);
    if (!first) throw new InputError(`${label}: ${entry} does not exist at ${ref.rev}`);
    const seen = new Set<string>();
    const queue: Array<[string, Buffer]> = [[entry, first]];
    while (queue.length > 0) {
      const [repoPath, content] = queue.shift()!;
      if (seen.has(repoPath)) continue;
      seen.add(repoPath);
      const target = join(root, ...repoPath.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      for (const refFile of referencedFiles(content.toString('utf8'), parse)) {
        if (posix.isAbsolute(refFile)) continue; // outside the tree: the loader reports it, unread
        const next = posix.normalize(posix.join(posix.dirname(repoPath), refFile));
        if (next === '..' || next.startsWith('../') || seen.has(next)) continue;
        const data = read(next);
        // A file missing at REV is left out: the loader then reports the dangling $ref with its place.
        if (data) queue.push([next, data]);
      }
    }
    return { file: join(root, ...entry.split('/')), root, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** File parts of relative `$ref`s (`./schemas/pet.yaml#/Pet` → `./schemas/pet.yaml`). */
function referencedFiles(text: string, parse: (text: string) => unknown): string[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return [];
  }
  const out = new Set<string>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 200) return;
    if (Array.isArray(node)) node.forEach((n) => walk(n, depth + 1));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const file = value.split('#')[0];
          if (file && !/^[a-z][a-z0-9+.-]*:/i.test(file)) out.add(decodeOrKeep(file));
        } else walk(value, depth + 1);
      }
    }
  };
  walk(data, 0);
  return [...out];
}

/** As the loader decodes a ref's file part: a malformed escape is kept as written. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
