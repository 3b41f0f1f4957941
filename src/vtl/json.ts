/**
 * JSON read the way API Gateway's Java reader holds it: numbers JavaScript would blur keep what Java
 * sees. A double written with a zero fraction or an exponent (`10.0`, `1.5E10`) stays a double
 * (printed `10.0`, `1.5E10`), and an integer beyond 2^53 keeps every digit. Such numbers are rare,
 * so they are found with one linear scan and only then swapped for markers before `JSON.parse`.
 */
import { JavaNumber, JSON_LIST } from './java.js';

const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/** Text that may hold such a number (`1.0`, `2e3`, 16+ digits); most payloads have none and skip the scan. */
const CANDIDATE = /\d\.0+(?!\d)|\d[eE][+-]?\d|\d{16}/;
const MARK = '\u0000apigw-number:';

export function parseJavaJson(text: string): unknown {
  if (!CANDIDATE.test(text)) return JSON.parse(text);
  let marked = false;
  const swapped = text.replace(TOKEN, (token) => {
    if (token.charCodeAt(0) === 34 /* " */) return token;
    const n = Number(token);
    const double = /[.eE]/.test(token);
    if ((double && Number.isInteger(n)) || (!double && !Number.isSafeInteger(n))) {
      marked = true;
      return JSON.stringify(`${MARK}${double ? 'd' : 'l'}${token}`);
    }
    return token;
  });
  if (!marked) return JSON.parse(text);
  return revive(JSON.parse(swapped));
}

function number(s: string): JavaNumber {
  const token = s.slice(MARK.length + 1);
  return new JavaNumber(Number(token), s[MARK.length] === 'd' ? 'double' : 'long', token);
}

/** Replaces markers by JavaNumbers, without recursion (bodies can nest deeply). */
function revive(root: unknown): unknown {
  if (typeof root === 'string') return root.startsWith(MARK) ? number(root) : root;
  const pending: unknown[] = [root];
  while (pending.length) {
    const node = pending.pop() as Record<string, unknown> | unknown[];
    if (!node || typeof node !== 'object') continue;
    for (const k of Object.keys(node)) {
      const v = (node as Record<string, unknown>)[k];
      if (typeof v === 'string' && v.startsWith(MARK)) (node as Record<string, unknown>)[k] = number(v);
      else if (v && typeof v === 'object') pending.push(v);
    }
  }
  return root;
}

function jsonList(): unknown[] {
  const list: unknown[] = [];
  Object.defineProperty(list, JSON_LIST, { value: true, enumerable: false });
  return list;
}

/**
 * A copy of parsed JSON data for a template to change freely (JavaNumbers are immutable and shared),
 * its lists marked as JSON lists (they print as JSON, as on AWS).
 */
export function cloneJson(value: unknown): unknown {
  if (!value || typeof value !== 'object' || value instanceof JavaNumber) return value;
  const root: unknown = Array.isArray(value) ? jsonList() : {};
  const pending: Array<[unknown, unknown]> = [[value, root]];
  while (pending.length) {
    const [from, to] = pending.pop()!;
    for (const k of Object.keys(from as object)) {
      const v = (from as Record<string, unknown>)[k];
      if (v && typeof v === 'object' && !(v instanceof JavaNumber)) {
        const copy = Array.isArray(v) ? jsonList() : {};
        (to as Record<string, unknown>)[k] = copy;
        pending.push([v, copy]);
      } else (to as Record<string, unknown>)[k] = v;
    }
  }
  return root;
}
