/**
 * Text from a definition, a template or a file name reaches terminals, CI logs and PR comments.
 * Control characters in it are escapes for those readers: a lone CR lets a line start over (the
 * GitHub Actions runner then reads an injected `::error` workflow command), an ESC sequence
 * repaints the terminal (a fake "No problems found."), a LF forges a second message line. Every
 * human-readable output passes user data through `escapeControl` (shown escaped: `\r`, `\u001b`).
 */

// C0 except TAB, DEL, C1, the Unicode line and paragraph separators, and the bidirectional
// overrides and isolates (which reorder what a reviewer sees: "Trojan source").
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/**
 * Plain text with every control character shown as its escape; `keepLineBreaks` leaves LF and CRLF
 * line breaks to a format whose own escaping encodes them (GitHub's `%0D%0A`, XML's `&#10;`). A
 * lone CR is never a line break: it is what rewrites a line on a terminal or in a CI log.
 */
export function escapeControl(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const escape = (c: string, at: number) => {
    if (options.keepLineBreaks && (c === '\n' || (c === '\r' && text[at + 1] === '\n'))) return c;
    return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  };
  return text.replace(CONTROL, escape);
}

/** True when `text` holds a character `escapeControl` would rewrite. */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(text);
  CONTROL.lastIndex = 0;
  return found;
}

/**
 * JSON text (valid already: JSON.stringify escapes C0) with the characters it leaves raw, DEL, C1,
 * the line separators and bidi controls, written as `\uXXXX` too: still the same JSON value.
 */
export function escapeJsonControl(json: string): string {
  // eslint-disable-next-line no-control-regex
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
