/**
 * Glob patterns for `lint.ignore` and `lint.overrides[].files` (the subset people write):
 * `**` any folders, `*` and `?` within one segment, `{a,b}` alternatives. A pattern without a
 * slash matches the file name in any folder, as in .gitignore.
 */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!p.includes('/')) p = `**/${p}`;
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = p.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${p
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** `relativePath` uses forward slashes, relative to the folder the patterns are written for. */
export function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/');
  return patterns.some((pattern) => globToRegExp(pattern).test(path));
}
