/**
 * JSON read the way API Gateway's Java reader holds it. Numbers JavaScript would blur keep what
 * Java sees: a double written with a zero fraction or an exponent (`10.0`, `1.5E10`) stays a double
 * (printed `10.0`, `1.5E10`), an integer beyond 2^53 keeps every digit, and a fraction or exponent
 * written with more than 18 characters is a BigDecimal (json-smart's `JSONParserBase.extractFloat`),
 * printed as BigDecimal prints it. Objects keep their keys
 * in written order (Jayway JsonPath reads with json-smart into LinkedHashMaps), also integer-like
 * keys (`"10"`, `"2"`), which a JavaScript object would list first: such an object becomes an
 * order-keeping one (src/core/ordered-object.ts). Both are rare, so they are found with one linear
 * scan and only then swapped for markers before `JSON.parse`; any other payload is parsed as is.
 */
import { createOrderedObject, isIndexKey, isOrderedObject } from '../core/ordered-object.js';
import { JavaNumber, JSON_LIST } from './java.js';

/** A string (with the `:` that makes it a key, if any) or a number, scanned left to right. */
const TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/**
 * Text that may hold such a number: `1.0`, `2e3`, 16 digits, or 9 digits next to a point (a decimal
 * longer than 18 characters has them).
 */
const NUMBER_CANDIDATE = /\d(?:\.0+(?!\d)|[eE][+-]?\d|\d{15}|\.\d{9}|\d{8}\.)/;
/** Text that may hold an integer-like key (`"2":`, or one written with escapes). */
const KEY_CANDIDATE = /"\d+"\s*:|\\u003\d/;
/** Either: one scan, so that the many payloads with neither go straight to `JSON.parse`. */
const CANDIDATE = new RegExp(`${NUMBER_CANDIDATE.source}|${KEY_CANDIDATE.source}`);
const MARK = '\u0000apigw-number:';
const KEY_MARK = '\u0000apigw-key:';

export function parseJavaJson(text: string): unknown {
  if (!CANDIDATE.test(text)) return JSON.parse(text);
  const numbers = NUMBER_CANDIDATE.test(text);
  const keys = KEY_CANDIDATE.test(text);
  let marked = false;
  const swapped = text.replace(TOKEN, (token: string, colon: string | undefined) => {
    if (token.charCodeAt(0) === 34 /* " */) {
      if (!keys || colon === undefined) return token;
      const key = keyText(token.slice(0, token.lastIndexOf('"') + 1));
      if (key === undefined || !isIndexKey(key)) return token;
      marked = true;
      return `${JSON.stringify(`${KEY_MARK}${key}`)}${colon}`;
    }
    if (!numbers) return token;
    const n = Number(token);
    const double = /[.eE]/.test(token);
    if (double && token.length > 18) {
      marked = true;
      return JSON.stringify(`${MARK}b${token}`);
    }
    if ((double && Number.isInteger(n)) || (!double && !Number.isSafeInteger(n))) {
      marked = true;
      return JSON.stringify(`${MARK}${double ? 'd' : 'l'}${token}`);
    }
    return token;
  });
  if (!marked) return JSON.parse(text);
  return revive(JSON.parse(swapped));
}

/** The text of a quoted key; undefined when it is not a valid JSON string (JSON.parse then reports the payload). */
function keyText(quoted: string): string | undefined {
  if (!quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

function number(s: string): JavaNumber {
  const token = s.slice(MARK.length + 1);
  const kind = s[MARK.length];
  if (kind === 'b') return new JavaNumber(Number(token), 'decimal', bigDecimalText(token));
  return new JavaNumber(Number(token), kind === 'd' ? 'double' : 'long', token);
}

/** Java's `new BigDecimal(token).toString()`: plain notation, or scientific when the exponent is below -6 or positive. */
export function bigDecimalText(token: string): string {
  const [, sign, whole, fraction = '', exponent = '0'] = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(token)!;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  const scale = fraction.length - Number(exponent);
  const adjusted = digits.length - 1 - scale;
  let text: string;
  if (scale === 0) text = digits;
  else if (scale > 0 && adjusted >= -6)
    text =
      digits.length > scale
        ? `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`
        : `0.${'0'.repeat(scale - digits.length)}${digits}`;
  else text = `${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  return sign && /[1-9]/.test(digits) ? `-${text}` : text;
}

/** Own data property, also for the key JavaScript treats specially (`__proto__`, which JSON.parse keeps as data). */
function define(target: object, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** An object with marked keys, as an object with the real keys in written order. */
function restoreKeys(node: object): object {
  if (Array.isArray(node)) return node;
  const written = Object.keys(node);
  if (!written.some((k) => k.startsWith(KEY_MARK))) return node;
  const plain = {};
  const order: string[] = [];
  for (const k of written) {
    const key = k.startsWith(KEY_MARK) ? k.slice(KEY_MARK.length) : k;
    define(plain, key, (node as Record<string, unknown>)[k]);
    order.push(key);
  }
  const js = Object.keys(plain);
  return order.every((k, i) => k === js[i]) ? plain : createOrderedObject(plain, order);
}

/** Replaces markers by JavaNumbers and real keys, without recursion (bodies can nest deeply). */
function revive(root: unknown): unknown {
  if (typeof root === 'string') return root.startsWith(MARK) ? number(root) : root;
  if (!root || typeof root !== 'object') return root;
  const top = restoreKeys(root);
  const pending: object[] = [top];
  while (pending.length) {
    const node = pending.pop() as Record<string, unknown>;
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (typeof v === 'string' && v.startsWith(MARK)) node[k] = number(v);
      else if (v && typeof v === 'object') {
        const restored = restoreKeys(v);
        if (restored !== v) node[k] = restored;
        pending.push(restored);
      }
    }
  }
  return top;
}

function jsonList(): unknown[] {
  const list: unknown[] = [];
  Object.defineProperty(list, JSON_LIST, { value: true, enumerable: false });
  return list;
}

/** An empty object or list to copy `value` into; an order-keeping object records keys as they are added. */
function emptyLike(value: object): object {
  if (Array.isArray(value)) return jsonList();
  return isOrderedObject(value) ? createOrderedObject({}, []) : {};
}

/**
 * A copy of parsed JSON data for a template to change freely (JavaNumbers are immutable and shared),
 * its lists marked as JSON lists (they print as JSON, as on AWS) and its objects in written key order.
 */
export function cloneJson(value: unknown): unknown {
  if (!value || typeof value !== 'object' || value instanceof JavaNumber) return value;
  const root = emptyLike(value);
  const pending: Array<[object, object]> = [[value, root]];
  while (pending.length) {
    const [from, to] = pending.pop()!;
    for (const k of Object.keys(from)) {
      const v = (from as Record<string, unknown>)[k];
      if (v && typeof v === 'object' && !(v instanceof JavaNumber)) {
        const copy = emptyLike(v);
        define(to, k, copy);
        pending.push([v, copy]);
      } else define(to, k, v);
    }
  }
  return root;
}
