/**
 * `lint.overrides[].paths` entries, written as JSONPath (`$.paths['/pets'].get`, `$.paths./pets`)
 * or JSON Pointer (`/paths/~1pets/get`), turned into path segments for a prefix match. `*` matches
 * any one segment.
 */
import type { JsonPath } from '../core/finding.js';

export function parseLocation(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('/') || t.startsWith('#/')) {
    return t
      .replace(/^#/, '')
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  if (!t.startsWith('$'))
    throw new Error(`'${text}' is neither a JSONPath ($.paths['/pets']) nor a JSON Pointer (/paths/~1pets)`);
  const out: string[] = [];
  const re = /\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*(\d+|\*)\s*\]|\.([^.[\]]+)/gy;
  let position = 1;
  while (position < t.length) {
    re.lastIndex = position;
    const m = re.exec(t);
    if (!m) throw new Error(`cannot read JSONPath '${text}' at character ${position + 1}`);
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
    position = re.lastIndex;
  }
  return out;
}

/** True when `path` is `prefix` or inside it. */
export function isWithin(path: JsonPath, prefix: readonly string[]): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => segment === '*' || segment === String(path[i]));
}
