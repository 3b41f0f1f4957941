/**
 * The JSONPath subset of `$input.path`/`$input.json` (Goessner syntax, as the DG's mapping template
 * reference links): `$`, `.name`, `['name']`, `[n]` (negative from the end), `[*]`/`.*`, `..name`
 * (deep scan), unions `[a,b]`, slices `[s:e:step]`, and filters `[?(@.x op value)]` with `&&`/`||`.
 * Like Jayway JsonPath (the Java library API Gateway's behaviour matches), a definite path yields one
 * value (null if absent) and a path with a wildcard, deep scan, union, slice or filter yields a list.
 */
import { JavaNumber, VtlRuntimeError, allocateCells } from './java.js';

type Segment =
  | { kind: 'name'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'wildcard' }
  | { kind: 'slice'; start?: number; end?: number; step?: number }
  | { kind: 'filter'; expr: string }
  | { kind: 'deep'; inner: Segment };

export interface CompiledPath {
  segments: Segment[];
  definite: boolean;
}

const cache = new Map<string, CompiledPath>();

export function compileJsonPath(path: string): CompiledPath {
  const hit = cache.get(path);
  if (hit) return hit;
  let src = path.trim();
  if (src === '' || src === '$') return { segments: [], definite: true };
  // Jayway accepts a path without `$` (`$input.path('id')`), reading it from the root.
  if (!src.startsWith('$')) src = src.startsWith('[') || src.startsWith('.') ? `$${src}` : `$.${src}`;
  const segments: Segment[] = [];
  let i = 1;
  const fail = (why: string): never => {
    throw new VtlRuntimeError(`invalid JSONPath ${path}: ${why} at position ${i + 1}`);
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '.') {
      const deep = src[i + 1] === '.';
      i += deep ? 2 : 1;
      let seg: Segment;
      if (src[i] === '*') {
        seg = { kind: 'wildcard' };
        i++;
      } else if (src[i] === '[') {
        if (!deep) fail("'.[' is not allowed");
        const r = readBracket(src, i, fail);
        seg = r.seg;
        i = r.next;
      } else {
        const m = /^[^.[\]\s]+/.exec(src.slice(i));
        if (!m) fail('expected a property name');
        seg = { kind: 'name', names: [m![0]] };
        i += m![0].length;
      }
      segments.push(deep ? { kind: 'deep', inner: seg } : seg);
    } else if (c === '[') {
      const r = readBracket(src, i, fail);
      segments.push(r.seg);
      i = r.next;
    } else fail(`unexpected '${c}'`);
  }
  const definite = segments.every(
    (s) => (s.kind === 'name' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1),
  );
  const compiled = { segments, definite };
  if (cache.size > 500) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

function readBracket(src: string, start: number, fail: (why: string) => never): { seg: Segment; next: number } {
  let depth = 0;
  let quote = '';
  let end = -1;
  for (let j = start; j < src.length; j++) {
    const ch = src[j];
    if (quote) {
      if (ch === '\\') j++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) {
      end = j;
      break;
    }
  }
  if (end < 0) fail("missing ']'");
  const inner = src.slice(start + 1, end).trim();
  const next = end + 1;
  if (inner === '*') return { seg: { kind: 'wildcard' }, next };
  if (inner.startsWith('?')) {
    const m = /^\?\s*\(([\s\S]*)\)$/.exec(inner);
    if (!m) fail('filter must look like [?(...)]');
    return { seg: { kind: 'filter', expr: m![1] }, next };
  }
  if (/^-?\d*\s*:\s*-?\d*(\s*:\s*-?\d*)?$/.test(inner)) {
    const [s, e, st] = inner.split(':').map((x) => (x.trim() === '' ? undefined : Number(x)));
    return { seg: { kind: 'slice', start: s, end: e, step: st }, next };
  }
  const parts = splitUnion(inner);
  if (parts.every((p) => /^-?\d+$/.test(p))) return { seg: { kind: 'index', indexes: parts.map(Number) }, next };
  const names = parts.map((p) => {
    const q = /^(['"])([\s\S]*)\1$/.exec(p);
    if (!q) fail(`expected a quoted name or an index, got ${p}`);
    return q![2].replace(/\\(['"\\])/g, '$1');
  });
  return { seg: { kind: 'name', names }, next };
}

function splitUnion(inner: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let cur = '';
  for (let j = 0; j < inner.length; j++) {
    const ch = inner[j];
    if (quote) {
      cur += ch;
      if (ch === '\\') cur += inner[++j] ?? '';
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts;
}

/** A JSON object (a JavaNumber is a number: a deep scan does not descend into it). */
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JavaNumber);
}
function own(o: Record<string, unknown>, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/**
 * Every value a step produces counts against the render's element budget: deep scans multiply
 * (`$..*..*..*` on a deep body grows as the cube of its size) and stop at the budget.
 */
function step(values: unknown[], seg: Segment): unknown[] {
  const out: unknown[] = [];
  let counted = 0;
  const flush = () => {
    allocateCells(out.length - counted);
    counted = out.length;
  };
  for (const v of values) {
    if (out.length - counted > 4096) flush();
    switch (seg.kind) {
      case 'name':
        if (isObject(v)) for (const n of seg.names) if (own(v, n)) out.push(v[n]);
        break;
      case 'index':
        if (Array.isArray(v))
          for (const n of seg.indexes) {
            const i = n < 0 ? v.length + n : n;
            if (i >= 0 && i < v.length) out.push(v[i]);
          }
        break;
      case 'wildcard':
        if (Array.isArray(v)) for (const x of v) out.push(x);
        else if (isObject(v)) for (const x of Object.values(v)) out.push(x);
        break;
      case 'slice':
        if (Array.isArray(v)) {
          const len = v.length;
          const st = seg.step ?? 1;
          if (st <= 0) break;
          const norm = (x: number | undefined, d: number) =>
            x === undefined ? d : x < 0 ? Math.max(0, len + x) : Math.min(x, len);
          for (let i = norm(seg.start, 0); i < norm(seg.end, len); i += st) out.push(v[i]);
        }
        break;
      case 'filter': {
        const items = Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [];
        for (const item of items) if (evalFilter(seg.expr, item)) out.push(item);
        break;
      }
      case 'deep':
        for (const found of step(descendants(v), seg.inner)) out.push(found);
        break;
    }
  }
  flush();
  return out;
}

/** `v` and everything below it, in document order, without recursion (a body can nest 10,000 deep). */
function descendants(v: unknown): unknown[] {
  const out: unknown[] = [];
  const pending: unknown[] = [v];
  while (pending.length) {
    const node = pending.pop();
    out.push(node);
    if (out.length % 4096 === 0) allocateCells(4096);
    const children = Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return out;
}

function literal(text: string, item: unknown): unknown {
  const t = text.trim();
  if (t.startsWith('@')) {
    const r = evaluateJsonPath(`$${t.slice(1)}`, item);
    return r;
  }
  if (/^(['"])[\s\S]*\1$/.test(t)) return t.slice(1, -1);
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (t === 'null') return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) return Number(t);
  throw new VtlRuntimeError(`unsupported JSONPath filter operand ${t}`);
}

function evalFilter(expr: string, item: unknown): boolean {
  // The operator search below is a backtracking regex; a filter is a few dozen characters in practice.
  if (expr.length > 1000)
    throw new VtlRuntimeError('JSONPath filter longer than 1000 characters (limit of this tool)', true);
  const ors = expr.split('||');
  if (ors.length > 1) return ors.some((e) => evalFilter(e, item));
  const ands = expr.split('&&');
  if (ands.length > 1) return ands.every((e) => evalFilter(e, item));
  const m = /^\s*(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+?)\s*$/.exec(expr);
  if (!m) {
    const t = expr.trim();
    if (!t.startsWith('@')) throw new VtlRuntimeError(`unsupported JSONPath filter ${expr}`);
    const c = compileJsonPath(`$${t.slice(1)}`);
    return step2(c, item).length > 0;
  }
  const a = literal(m[1], item);
  const b = literal(m[3], item);
  switch (m[2]) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return typeof a === typeof b && (a as any) < (b as any);
    case '<=':
      return typeof a === typeof b && (a as any) <= (b as any);
    case '>':
      return typeof a === typeof b && (a as any) > (b as any);
    case '>=':
      return typeof a === typeof b && (a as any) >= (b as any);
  }
  return false;
}

function step2(c: CompiledPath, root: unknown): unknown[] {
  let values: unknown[] = [root];
  for (const seg of c.segments) values = step(values, seg);
  return values;
}

/** Evaluates `path` on parsed JSON: a definite path gives its value or null; others give a list. */
export function evaluateJsonPath(path: string, root: unknown): unknown {
  const c = compileJsonPath(path);
  const values = step2(c, root);
  if (c.definite) return values.length ? values[0] : null;
  return values;
}
