/**
 * A light scan of VTL directives (no rendering): `#foreach` loops with their iterable and body, and
 * `#set` assignments with the chain of enclosing branches, for rules that reason about structure.
 * Works on comment-free text (see withoutComments) and tolerates unbalanced templates.
 */
import { TemplateCache } from './templates.js';

export interface ForeachLoop {
  /** Offset of `#foreach`. */
  offset: number;
  variable: string;
  iterable: string;
  /** Text between the loop header and its `#end` (to the end of the template when unclosed). */
  body: string;
}

export interface SetDirective {
  offset: number;
  /** Left-hand side without `$`, e.g. `context.responseOverride.status`. */
  target: string;
  /** Right-hand side as written. */
  value: string;
  /** Enclosing blocks from outermost: `if3.0` (branch 0 of the #if at 3), `foreach7`, ... */
  branch: string[];
}

const DIRECTIVE = /#\{?(foreach|if|elseif|else|end|set|macro|define|break|stop)\b\}?/g;

/** The text inside the parentheses that open at or after `from`, and the offset after `)`. */
function parenthesised(text: string, from: number): { inner: string; end: number } | undefined {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '(') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { inner: text.slice(i + 1, j), end: j + 1 };
  }
  return undefined;
}

/** The loops and `#set`s of a comment-free template (one scan per text, shared: read-only). */
export function scanDirectives(text: string): {
  readonly loops: readonly ForeachLoop[];
  readonly sets: readonly SetDirective[];
} {
  return directives.get(text, findDirectives);
}

const directives = new TemplateCache<{ loops: ForeachLoop[]; sets: SetDirective[] }>();

function findDirectives(text: string): { loops: ForeachLoop[]; sets: SetDirective[] } {
  const loops: ForeachLoop[] = [];
  const sets: SetDirective[] = [];
  const stack: Array<{ kind: string; offset: number; branch: number; bodyStart: number; loop?: ForeachLoop }> = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = m[1];
    const at = m.index!;
    const after = at + m[0].length;
    if (kind === 'foreach') {
      const p = parenthesised(text, after);
      const header = p && /^\s*\$!?\{?([A-Za-z_]\w*)\}?\s+in\s+([\s\S]*)$/.exec(p.inner);
      const loop = header
        ? { offset: at, variable: header[1], iterable: header[2].trim(), body: text.slice(p!.end) }
        : undefined;
      if (loop) loops.push(loop);
      stack.push({ kind, offset: at, branch: 0, bodyStart: p?.end ?? after, loop });
    } else if (kind === 'if' || kind === 'macro' || kind === 'define') {
      stack.push({ kind, offset: at, branch: 0, bodyStart: after });
    } else if (kind === 'elseif' || kind === 'else') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'if') top.branch++;
    } else if (kind === 'end') {
      const top = stack.pop();
      if (top?.loop) top.loop.body = text.slice(top.bodyStart, at);
    } else if (kind === 'set') {
      const p = parenthesised(text, after);
      const assignment = p && /^\s*\$!?\{?([A-Za-z_][\w.-]*(?:\[[^\]]*\])*)\}?\s*=\s*([\s\S]*)$/.exec(p.inner);
      if (assignment)
        sets.push({
          offset: at,
          target: assignment[1],
          value: assignment[2].trim(),
          branch: stack.map((s) => `${s.kind}${s.offset}.${s.branch}`),
        });
    }
  }
  return { loops, sets };
}
