/**
 * Java regular expressions (String.replaceAll/replaceFirst/matches/split) on top of JS RegExp.
 * The common syntax is shared; what differs is translated, and what JS cannot express (possessive
 * quantifiers, atomic groups) is rejected with a clear error instead of silently matching otherwise.
 */
import { VtlRuntimeError, stringBudget } from './runtime-error.js';

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

const cache = new Map<string, RegExp>();

export function javaRegex(source: string, flags: '' | 'g'): RegExp {
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  let jsFlags: string = flags;
  let body = source;
  const inline = /^\(\?([imsx]+)\)/.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    for (const f of inline[1]) {
      if (f === 'x') throw new VtlRuntimeError(`regex ${source}: the (?x) flag is not supported by this tool`);
      if (!jsFlags.includes(f)) jsFlags += f;
    }
  }
  if (/(^|[^\\])\(\?>/.test(body))
    throw new VtlRuntimeError(`regex ${source}: atomic groups are not supported by this tool`);
  if (/(^|[^\\])[*+?}][+]/.test(body))
    throw new VtlRuntimeError(`regex ${source}: possessive quantifiers are not supported by this tool`);
  body = body
    .replace(/\\p\{(?:Is)?(\w+)\}/g, (m, name: string) => {
      const cls = POSIX[name];
      if (!cls) throw new VtlRuntimeError(`regex ${source}: ${m} is not supported by this tool`);
      return `[${cls}]`;
    })
    .replace(/\\A/g, '^')
    .replace(/\\[zZ]/g, '$')
    .replace(/\\Q([\s\S]*?)(\\E|$)/g, (_m, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  let re: RegExp;
  try {
    re = new RegExp(body, jsFlags);
  } catch (error) {
    throw new VtlRuntimeError(
      `invalid regex ${source}: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
    );
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

/** Java Matcher replacement syntax (`$1`, `${name}`, `\$`) to a JS replacer function. */
export function javaReplacement(replacement: string, inputLength = 0): (match: string, ...rest: any[]) => string {
  let produced = inputLength;
  return (match: string, ...rest: any[]) => {
    produced += replacement.length;
    if (produced > stringBudget.max)
      throw new VtlRuntimeError(`output exceeds ${stringBudget.max} characters (limit of this tool)`, true);
    const hasGroups = typeof rest[rest.length - 1] === 'object';
    const groupsObj = hasGroups ? rest[rest.length - 1] : undefined;
    const groups = rest.slice(0, hasGroups ? -3 : -2) as (string | undefined)[];
    let out = '';
    for (let i = 0; i < replacement.length; i++) {
      const c = replacement[i];
      if (c === '\\') {
        i++;
        if (i >= replacement.length) throw new VtlRuntimeError('replacement: character to be escaped is missing');
        out += replacement[i];
      } else if (c === '$') {
        const named = /^\{(\w+)\}/.exec(replacement.slice(i + 1));
        if (named) {
          if (!groupsObj || !(named[1] in groupsObj))
            throw new VtlRuntimeError(`replacement: no group named ${named[1]}`);
          out += groupsObj[named[1]] ?? '';
          i += named[0].length;
          continue;
        }
        const digits = /^\d+/.exec(replacement.slice(i + 1));
        if (!digits) throw new VtlRuntimeError('replacement: illegal group reference');
        // Java takes the longest group number that exists.
        let num = digits[0];
        while (num.length > 1 && Number(num) > groups.length) num = num.slice(0, -1);
        const n = Number(num);
        if (n > groups.length) throw new VtlRuntimeError(`replacement: no group ${n}`);
        out += n === 0 ? match : (groups[n - 1] ?? '');
        i += num.length;
      } else out += c;
    }
    return out;
  };
}

/** Java's String.split(regex, limit). */
export function javaSplit(input: string, regex: string, limit: number): string[] {
  if (input === '') return [''];
  const re = javaRegex(regex, 'g');
  const parts: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (m.index === 0 || m.index >= input.length) continue;
    }
    if (limit > 0 && parts.length === limit - 1) break;
    if (!(m.index === 0 && m[0].length === 0)) parts.push(input.slice(last, m.index));
    last = m.index + m[0].length;
    if (re.lastIndex > input.length) break;
  }
  if (parts.length === 0 && last === 0) return [input];
  parts.push(input.slice(last));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
