/**
 * Makes the bundled application pure ASCII, checked (scripts/bundle.mjs runs it on app.cjs).
 *
 * Why: Node reads a file as UTF-8, and one non-ASCII character makes the whole 4 MB source a
 * two-byte string: reading it took 8-11 ms of every run instead of 4-7, and a small lint 0.17 s
 * of CPU instead of 0.16 s (Node 20; 0.15 -> 0.13 s on Node 22). esbuild escapes non-ASCII
 * characters in strings and templates, but leaves them in regular expression literals (three
 * dependencies' patterns: strip-ansi, urijs, a URI encoder).
 *
 * A character is replaced by its `\uXXXX` escape only inside a regular expression literal, where
 * the escape matches exactly the same character (with or without the `u` flag), or a comment;
 * anywhere else, or outside the Basic Multilingual Plane, the build stops and says where, instead
 * of guessing.
 */
import { tokenizer } from 'acorn';

export function asciiOnly(source) {
  const wanted = [];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) > 0x7f) wanted.push(i);
  if (wanted.length === 0) return source;
  // Regular expression literals, and comments (kept by `--readable` builds; the escape is only text there).
  const regexes = [];
  const onComment = (_block, _text, start, end) => regexes.push([start, end]);
  for (const token of tokenizer(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    onComment,
  })) {
    if (token.type.label === 'regexp') regexes.push([token.start, token.end]);
  }
  regexes.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  let r = 0;
  for (const i of wanted) {
    while (r < regexes.length && regexes[r][1] <= i) r++;
    const inRegex = r < regexes.length && regexes[r][0] <= i;
    const code = source.charCodeAt(i);
    if (!inRegex || (code >= 0xd800 && code <= 0xdfff)) {
      const line = source.slice(0, i).split('\n').length;
      throw new Error(
        `bundle: non-ASCII character U+${code.toString(16).toUpperCase()} at line ${line} ${inRegex ? 'is outside the BMP' : 'is not in a regular expression literal or a comment'}: ${JSON.stringify(source.slice(Math.max(0, i - 40), i + 20))}`,
      );
    }
    out += source.slice(from, i) + `\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + source.slice(from);
}
