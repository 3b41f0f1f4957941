/**
 * Where `$ref`s may lead. A definition comes from an untrusted place (a pull request), so a
 * reference resolves only to files inside its roots: the folder of the file named on the command
 * line, plus `--root` folders and apigw.yaml's folder. The check is made twice, on the path as
 * written (`../`, absolute paths, `%2e%2e/` once decoded) and on the real path (a symlink inside
 * the root that points out of it), before anything is opened.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export interface Confinement {
  /** The roots as given (absolute), for messages. */
  readonly roots: string[];
  /** Why `path` may not be read, or undefined when it is inside a root. */
  refuse(path: string): string | undefined;
}

export function confinement(roots: string[]): Confinement {
  const lexical = [...new Set(roots.map((r) => resolve(r)))];
  const real = [...new Set(lexical.map(realOrSelf))];
  return {
    roots: lexical,
    refuse(path) {
      const target = resolve(path);
      if (!lexical.some((root) => isInside(root, target)) && !real.some((root) => isInside(root, target))) {
        return `it leads outside the project root (${lexical.join(', ')})`;
      }
      let realTarget: string;
      try {
        realTarget = realpathSync(target);
      } catch {
        // Missing: the read reports it. A dangling symlink's target is checked through its folder.
        realTarget = resolve(realOrSelf(dirname(target)), target.slice(dirname(target).length + 1));
      }
      if (!real.some((root) => isInside(root, realTarget)))
        return `it leads outside the project root (${lexical.join(', ')}) through a symbolic link`;
      return undefined;
    },
  };
}

/** The default roots for a definition: its own folder, plus any configured ones. */
export function rootsFor(entryFile: string, extra: (string | undefined)[] = []): string[] {
  return [dirname(resolve(entryFile)), ...extra.filter((r): r is string => typeof r === 'string' && r !== '')];
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
