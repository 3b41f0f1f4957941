/**
 * Java semantics for values inside templates. API Gateway runs Java Velocity, so templates call
 * Java methods on Java objects (`$s.length()`, `$map.keySet()`) and print with Java's toString.
 * Values here are plain JS data: string, number, boolean, null, arrays (List), plain objects (Map).
 * Every method call from a template lands in `callMethod`: no JS function of a value is ever invoked,
 * which is what keeps templates away from Node (see docs/vtl-fidelity.md, "Security").
 */
import { javaRegex, javaReplacement, javaSplit } from './java-regex.js';
import { VtlRuntimeError, stringBudget } from './runtime-error.js';

/** A method the value's class does not have: Velocity logs it and the reference yields null. */
export class NoSuchMethodError extends Error {}

export { VtlRuntimeError, stringBudget };

/**
 * Memory a render may allocate, counted as it goes (the engine resets it per render): list and map
 * elements created (ranges, literals, `add`, `split`, `keySet`, JSONPath results) and characters of
 * strings built. Memory a template holds can only come from these, so bounding them bounds the
 * render's memory, including through lists that share or contain each other.
 */
export const allocationBudget = { cells: 0, maxCells: 2_000_000, chars: 0, maxChars: 64 * 1024 * 1024 };

export function allocateCells(n: number): void {
  allocationBudget.cells += n;
  if (allocationBudget.cells > allocationBudget.maxCells) {
    throw new VtlRuntimeError(
      `the template built more than ${allocationBudget.maxCells} list/map elements (limit of this tool)`,
      true,
    );
  }
}

/** A value stored into a list or map: one element, plus its characters when it is a string. */
export function retain(value: unknown): void {
  allocateCells(1);
  if (typeof value === 'string' && value.length > 64) allocateChars(value.length);
}

export function allocateChars(n: number): void {
  allocationBudget.chars += n;
  if (allocationBudget.chars > allocationBudget.maxChars) {
    throw new VtlRuntimeError(
      `the template built more than ${allocationBudget.maxChars} characters of strings (limit of this tool)`,
      true,
    );
  }
}

/** Lists that came from JSON ($input.path, $util.parseJson): API Gateway prints them as compact JSON. */
export const JSON_LIST = Symbol('apigw.jsonList');
/** A host object ($input, $util): only its method table is reachable. */
export interface HostObject {
  readonly hostName: string;
  readonly methods: Record<string, (...args: any[]) => unknown>;
  /** Velocity properties (`$input.body`). */
  readonly properties?: Record<string, () => unknown>;
}
export const HOST = Symbol('apigw.host');
/** A map that prints as empty text (AWS's nested `$context` objects), though its keys read as usual. */
export const PRINTS_EMPTY = Symbol('apigw.printsEmpty');

export function isHost(value: unknown): value is HostObject & { [HOST]: true } {
  return typeof value === 'object' && value !== null && (value as any)[HOST] === true;
}
export function isMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isHost(value) &&
    !(value instanceof MapEntry) &&
    !(value instanceof LoopState) &&
    !(value instanceof JavaNumber)
  );
}
export function isJsonList(value: unknown): boolean {
  return Array.isArray(value) && (value as any)[JSON_LIST] === true;
}

/** `$foreach` (Velocity 1.7's ForeachScope): count, index, hasNext, first, last. */
export class LoopState {
  constructor(
    readonly count: number,
    readonly size: number,
  ) {}
  get index(): number {
    return this.count - 1;
  }
  get hasNext(): boolean {
    return this.count < this.size;
  }
  get first(): boolean {
    return this.count === 1;
  }
  get last(): boolean {
    return this.count === this.size;
  }
}

const loopMethods: Record<string, (self: any, args: unknown[]) => unknown> = {
  hasNext: (l: LoopState) => l.hasNext,
  getHasNext: (l: LoopState) => l.hasNext,
  getCount: (l: LoopState) => l.count,
  getIndex: (l: LoopState) => l.index,
  isFirst: (l: LoopState) => l.first,
  isLast: (l: LoopState) => l.last,
  getFirst: (l: LoopState) => l.first,
  getLast: (l: LoopState) => l.last,
};

/**
 * A JSON number JavaScript cannot tell apart or hold: a double with a zero fraction or an exponent
 * (`10.0`, `1.5E10`: Java prints them as doubles, `10.0`, `1.5E10`), an integer beyond 2^53 (kept
 * exactly as written) or a decimal json-smart reads as a BigDecimal (a fraction or exponent written
 * with more than 18 characters; `text` is how BigDecimal prints it). Any other number is a plain JS
 * number; arithmetic on a `decimal` is done as on a double.
 */
export class JavaNumber {
  constructor(
    readonly value: number,
    readonly kind: 'double' | 'long' | 'decimal',
    readonly text: string,
  ) {}
  valueOf(): number {
    return this.value;
  }
  toJSON(): number {
    return this.value;
  }
}

/** A template value as a JS number, if it is one. */
export function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof JavaNumber) return v.value;
  return undefined;
}

/** Java's Double.toString. */
export function javaDouble(n: number): string {
  if (!Number.isFinite(n) || Number.isNaN(n)) return javaNumber(n);
  const abs = Math.abs(n);
  if (abs === 0 || (abs >= 1e-3 && abs < 1e7)) return Number.isInteger(n) ? `${n}.0` : String(n);
  const [mantissa, exp] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exp)}`;
}

export class MapEntry {
  constructor(
    readonly key: string,
    readonly value: unknown,
  ) {}
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export function isBlockedKey(key: string): boolean {
  return BLOCKED_KEYS.has(key);
}

/** Own, non-blocked property of a map (never the prototype chain). */
export function mapGet(map: Record<string, unknown>, key: unknown): unknown {
  const k = javaToString(key);
  if (isBlockedKey(k) || !Object.prototype.hasOwnProperty.call(map, k)) return null;
  return map[k] ?? null;
}

export function mapPut(map: Record<string, unknown>, key: unknown, value: unknown): unknown {
  const k = javaToString(key);
  if (isBlockedKey(k)) throw new VtlRuntimeError(`'${k}' cannot be used as a map key here`);
  const previous = mapGet(map, k);
  Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
  return previous;
}

/** Marks JSON-derived lists (recursively) so they print as JSON, as API Gateway does. */
export function markJson(value: unknown): unknown {
  if (value instanceof JavaNumber) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = markJson(value[i]);
    Object.defineProperty(value, JSON_LIST, { value: true, enumerable: false });
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) (value as any)[k] = markJson((value as any)[k]);
  }
  return value;
}

/** Java's Double.toString for the common range; integers print without a fraction. */
export function javaNumber(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : n.toExponential().replace('e+', 'E');
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) return String(n);
  const [mantissa, exp] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exp)}`;
}

/**
 * How a value prints in template output. Verified against AWS (LocalStack
 * tests/aws/services/apigateway/test_apigateway_common.snapshot.json,
 * test_input_path_template_formatting): maps print Java-style `{a=1, b=x}`, JSON lists print as
 * compact JSON `[{"foo":"bar"}]`, null prints as nothing.
 */
export function javaToString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof LoopState) return '';
  if (value instanceof JavaNumber) return value.kind === 'double' ? javaDouble(value.value) : value.text;
  if (isHost(value)) return `${value.hostName}`;
  if (typeof value !== 'object') return '';
  const printer = new Printer();
  printer.value(value, false);
  return printer.text();
}

/**
 * Prints collections within the string budget, so lists that share elements (`#set($a=[$a,$a])`
 * forty times is 2^40 leaves) stop at the budget instead of exhausting memory. A collection that
 * contains itself prints `(this Collection)` / `(this Map)` as Java's AbstractCollection/AbstractMap
 * do; a longer cycle overflows Java's stack, so it is an error here.
 */
class Printer {
  private parts: string[] = [];
  private length = 0;
  private readonly open: unknown[] = [];

  text(): string {
    return this.parts.join('');
  }

  private put(s: string): void {
    this.length += s.length;
    if (this.length > stringBudget.max)
      throw new VtlRuntimeError(`output exceeds ${stringBudget.max} characters (limit of this tool)`, true);
    this.parts.push(s);
  }

  /** `nested`: inside a collection, where Java prints null as `null`. */
  value(value: unknown, nested: boolean): void {
    if (value === null || value === undefined) {
      if (nested) this.put('null');
      return;
    }
    if (typeof value !== 'object' || value instanceof LoopState || value instanceof JavaNumber || isHost(value)) {
      this.put(javaToString(value));
      return;
    }
    if ((value as { [PRINTS_EMPTY]?: boolean })[PRINTS_EMPTY] === true) {
      if (nested) this.put('');
      return;
    }
    if (this.open.includes(value)) {
      if (this.open[this.open.length - 1] === value) {
        this.put(Array.isArray(value) ? '(this Collection)' : '(this Map)');
        return;
      }
      throw new VtlRuntimeError(
        'a list or map contains itself through another one; Java overflows its stack printing it',
      );
    }
    this.open.push(value);
    try {
      if (Array.isArray(value) && isJsonList(value)) this.json(value);
      else if (Array.isArray(value)) {
        this.put('[');
        for (let i = 0; i < value.length; i++) {
          if (i) this.put(', ');
          this.value(value[i], true);
        }
        this.put(']');
      } else if (value instanceof MapEntry) {
        this.put(`${value.key}=`);
        this.value(value.value, true);
      } else {
        this.put('{');
        let first = true;
        for (const k of Object.keys(value)) {
          if (!first) this.put(', ');
          first = false;
          this.put(`${k}=`);
          this.value((value as Record<string, unknown>)[k], true);
        }
        this.put('}');
      }
    } finally {
      this.open.pop();
    }
  }

  /** Compact JSON (json-smart's output for lists read from JSON). */
  json(value: unknown): void {
    if (value === null || value === undefined) this.put('null');
    else if (typeof value === 'string') this.put(JSON.stringify(value));
    else if (typeof value === 'number') this.put(Number.isFinite(value) ? JSON.stringify(value) : 'null');
    else if (typeof value === 'boolean') this.put(value ? 'true' : 'false');
    else if (value instanceof JavaNumber) this.put(javaToString(value));
    else if (typeof value !== 'object' || value instanceof LoopState || isHost(value))
      this.put(JSON.stringify(javaToString(value)));
    else {
      if (this.open.includes(value) && this.open[this.open.length - 1] !== value) {
        throw new VtlRuntimeError('a list or map contains itself; it cannot be printed as JSON');
      }
      this.open.push(value);
      try {
        if (Array.isArray(value)) {
          this.put('[');
          for (let i = 0; i < value.length; i++) {
            if (i) this.put(',');
            if (value[i] === value)
              throw new VtlRuntimeError('a list or map contains itself; it cannot be printed as JSON');
            this.json(value[i]);
          }
          this.put(']');
        } else if (value instanceof MapEntry) {
          this.json({ [value.key]: value.value });
        } else {
          this.put('{');
          let first = true;
          for (const k of Object.keys(value)) {
            const v: unknown = (value as Record<string, unknown>)[k];
            if (v === undefined) continue;
            if (v === value) throw new VtlRuntimeError('a list or map contains itself; it cannot be printed as JSON');
            if (!first) this.put(',');
            first = false;
            this.put(`${JSON.stringify(k)}:`);
            this.json(v);
          }
          this.put('}');
        }
      } finally {
        this.open.pop();
      }
    }
  }
}

export function toCompactJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const printer = new Printer();
  printer.json(value);
  return printer.text();
}

/** Velocity 1.7 truthiness: only null and false are false (empty strings, 0 and empty lists are true). */
export function isTruthy(value: unknown): boolean {
  return !(value === null || value === undefined || value === false);
}

/**
 * `==` as observed on AWS: numbers compare numerically, null equals null and the empty string
 * (snapshot test_input_path_template_formatting: `$result == ""` is true for a missing path), other
 * values compare by their printed form (Velocity 1.7 falls back to toString for mixed classes).
 */
export function javaEquals(a: unknown, b: unknown): boolean {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return (aNull && bNull) || (aNull && b === '') || (bNull && a === '');
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x === y;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b || javaToString(a) === javaToString(b);
  return javaToString(a) === javaToString(b);
}

function requireString(v: unknown, method: string): string {
  if (v === null || v === undefined) throw new VtlRuntimeError(`${method}: argument is null`);
  return javaToString(v);
}
function requireInt(v: unknown, method: string): number {
  const n = numeric(v) ?? Number(v);
  if (!Number.isInteger(n)) throw new VtlRuntimeError(`${method}: expected an integer, got ${javaToString(v)}`);
  return n;
}
function outOfBounds(method: string, index: number, length: number): never {
  throw new VtlRuntimeError(`${method}: index ${index} out of bounds for length ${length}`);
}

type Method = (self: any, args: unknown[]) => unknown;

const stringMethods: Record<string, Method> = {
  length: (s) => s.length,
  isEmpty: (s) => s.length === 0,
  charAt: (s, [i]) => {
    const n = requireInt(i, 'charAt');
    if (n < 0 || n >= s.length) outOfBounds('charAt', n, s.length);
    return s[n];
  },
  contains: (s, [x]) => s.includes(requireString(x, 'contains')),
  equals: (s, [x]) => typeof x === 'string' && s === x,
  equalsIgnoreCase: (s, [x]) => x !== null && x !== undefined && s.toLowerCase() === javaToString(x).toLowerCase(),
  startsWith: (s, [x, from]) =>
    s.startsWith(requireString(x, 'startsWith'), from === undefined ? 0 : requireInt(from, 'startsWith')),
  endsWith: (s, [x]) => s.endsWith(requireString(x, 'endsWith')),
  indexOf: (s, [x, from]) =>
    s.indexOf(requireString(x, 'indexOf'), from === undefined ? 0 : requireInt(from, 'indexOf')),
  lastIndexOf: (s, [x]) => s.lastIndexOf(requireString(x, 'lastIndexOf')),
  substring: (s, [b, e]) => {
    const begin = requireInt(b, 'substring');
    const end = e === undefined ? s.length : requireInt(e, 'substring');
    if (begin < 0 || end > s.length || begin > end)
      throw new VtlRuntimeError(`substring: begin ${begin}, end ${end}, length ${s.length}`);
    return s.substring(begin, end);
  },
  toLowerCase: (s) => s.toLowerCase(),
  toUpperCase: (s) => s.toUpperCase(),
  // Java's trim removes code points <= U+0020 only.
  trim: (s) => s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''),
  concat: (s, [x]) => s + requireString(x, 'concat'),
  replace: (s, [a, b]) => s.split(requireString(a, 'replace')).join(requireString(b, 'replace')),
  replaceAll: (s, [re, rep]) =>
    s.replace(
      javaRegex(requireString(re, 'replaceAll'), 'g'),
      javaReplacement(requireString(rep, 'replaceAll'), s.length),
    ),
  replaceFirst: (s, [re, rep]) =>
    s.replace(javaRegex(requireString(re, 'replaceFirst'), ''), javaReplacement(requireString(rep, 'replaceFirst'))),
  matches: (s, [re]) => javaRegex(`^(?:${requireString(re, 'matches')})$`, '').test(s),
  split: (s, [re, limit]) =>
    counted(javaSplit(s, requireString(re, 'split'), limit === undefined ? 0 : requireInt(limit, 'split'))),
  compareTo: (s, [x]) => compareStrings(s, requireString(x, 'compareTo')),
  compareToIgnoreCase: (s, [x]) =>
    compareStrings(s.toLowerCase(), requireString(x, 'compareToIgnoreCase').toLowerCase()),
  toString: (s: any) => s,
  hashCode: (s) => javaStringHash(s),
  toCharArray: (s) => counted([...s]),
  // String's static methods, reachable through an instance in Velocity.
  valueOf: (_s: unknown, args: unknown[]) =>
    args[0] === null || args[0] === undefined ? 'null' : javaToString(args[0]),
  join: (_s, [sep, ...items]) => {
    const list = items.length === 1 && Array.isArray(items[0]) ? (items[0] as unknown[]) : items;
    return list.map((x) => (x === null || x === undefined ? 'null' : javaToString(x))).join(requireString(sep, 'join'));
  },
  intern: (s: any) => s,
};

function counted<T extends unknown[]>(list: T): T {
  allocateCells(list.length);
  return list;
}

function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
  return a.length - b.length;
}
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

const listMethods: Record<string, Method> = {
  size: (l) => l.length,
  isEmpty: (l) => l.length === 0,
  get: (l, [i]) => {
    const n = requireInt(i, 'get');
    if (n < 0 || n >= l.length) outOfBounds('get', n, l.length);
    return l[n] ?? null;
  },
  contains: (l, [x]) => l.some((v: unknown) => javaEquals(v, x) && (v === null) === (x === null)),
  indexOf: (l, [x]) => l.findIndex((v: unknown) => javaEquals(v, x)),
  add: (l, args) => {
    retain(args[args.length - 1]);
    if (args.length === 2) l.splice(requireInt(args[0], 'add'), 0, args[1]);
    else l.push(args[0]);
    return true;
  },
  addAll: (l, [x]) => {
    if (!Array.isArray(x)) throw new VtlRuntimeError('addAll: argument is not a list');
    for (const item of x) retain(item);
    const items = x === l ? [...x] : x;
    for (const item of items) l.push(item);
    return x.length > 0;
  },
  set: (l, [i, v]) => {
    const n = requireInt(i, 'set');
    if (n < 0 || n >= l.length) outOfBounds('set', n, l.length);
    const old = l[n];
    retain(v);
    l[n] = v;
    return old;
  },
  remove: (l, [x]) => {
    if (typeof x === 'number') {
      if (x < 0 || x >= l.length) outOfBounds('remove', x, l.length);
      return l.splice(x, 1)[0];
    }
    const i = l.findIndex((v: unknown) => javaEquals(v, x));
    if (i >= 0) l.splice(i, 1);
    return i >= 0;
  },
  subList: (l, [a, b]) => counted(l.slice(requireInt(a, 'subList'), requireInt(b, 'subList'))),
  clear: (l: any) => {
    l.length = 0;
    return null;
  },
  toString: (l: any) => javaToString(l),
  iterator: (l: any) => l,
};

const mapMethods: Record<string, Method> = {
  size: (m) => Object.keys(m).length,
  isEmpty: (m) => Object.keys(m).length === 0,
  get: (m, [k]) => mapGet(m, k),
  getOrDefault: (m, [k, d]) => (Object.prototype.hasOwnProperty.call(m, javaToString(k)) ? mapGet(m, k) : d),
  containsKey: (m, [k]) => !isBlockedKey(javaToString(k)) && Object.prototype.hasOwnProperty.call(m, javaToString(k)),
  containsValue: (m, [v]) => Object.values(m).some((x) => javaEquals(x, v)),
  keySet: (m) => counted(Object.keys(m)),
  values: (m) => counted(Object.values(m)),
  entrySet: (m) => counted(Object.keys(m).map((k) => new MapEntry(k, m[k]))),
  put: (m, [k, v]) => {
    retain(v);
    return mapPut(m, k, v);
  },
  putAll: (m, [other]) => {
    if (!isMap(other)) throw new VtlRuntimeError('putAll: argument is not a map');
    for (const k of Object.keys(other)) retain(other[k]);
    for (const k of Object.keys(other)) mapPut(m, k, other[k]);
    return null;
  },
  remove: (m, [k]) => {
    const key = javaToString(k);
    const old = mapGet(m, key);
    if (!isBlockedKey(key)) delete m[key];
    return old;
  },
  clear: (m: any) => {
    for (const k of Object.keys(m)) delete m[k];
    return null;
  },
  toString: (m: any) => javaToString(m),
};

/** Java's Integer.parseInt / Long.parseLong: NumberFormatException fails the render. */
function parseInteger(x: unknown, method: string): number {
  const text = requireString(x, method);
  if (!/^[-+]?\d+$/.test(text)) throw new VtlRuntimeError(`${method}: For input string: "${text}"`);
  return Number(text);
}
function parseDecimal(x: unknown, method: string): unknown {
  const text = requireString(x, method).trim();
  const n = Number(text);
  if (text === '' || (Number.isNaN(n) && !/^[-+]?NaN$/.test(text)))
    throw new VtlRuntimeError(`${method}: For input string: "${text}"`);
  return Number.isInteger(n) ? new JavaNumber(n, 'double', text) : n;
}

/** Static methods of Integer/Long/Double, which Velocity also calls through an instance (`$i.parseInt("42")`). */
const numberStatics: Record<string, Method> = {
  parseInt: (_n, [x]) => parseInteger(x, 'parseInt'),
  parseLong: (_n, [x]) => parseInteger(x, 'parseLong'),
  valueOf: (n: unknown, args: unknown[]) =>
    Number.isInteger(n) ? parseInteger(args[0], 'valueOf') : parseDecimal(args[0], 'valueOf'),
  parseDouble: (_n, [x]) => parseDecimal(x, 'parseDouble'),
  parseFloat: (_n, [x]) => parseDecimal(x, 'parseFloat'),
  toHexString: (_n, [x]) => (requireInt(x, 'toHexString') >>> 0).toString(16),
  toBinaryString: (_n, [x]) => (requireInt(x, 'toBinaryString') >>> 0).toString(2),
  max: (_n, [a, b]) => Math.max(Number(numeric(a)), Number(numeric(b))),
  min: (_n, [a, b]) => Math.min(Number(numeric(a)), Number(numeric(b))),
};

const numberMethods: Record<string, Method> = {
  ...numberStatics,
  toString: (n: any, args: unknown[]) => (args.length ? javaToString(args[0]) : javaNumber(n)),
  intValue: (n: any) => Math.trunc(n) | 0,
  longValue: (n: any) => Math.trunc(n),
  doubleValue: (n: any) => n,
  floatValue: (n: any) => n,
  equals: (n, [x]) => numeric(x) === n,
  compareTo: (n, [x]) => Math.sign(n - Number(x)),
};

const booleanMethods: Record<string, Method> = {
  parseBoolean: (_b, [x]) => javaToString(x).toLowerCase() === 'true',
  valueOf: (_b: unknown, args: unknown[]) =>
    typeof args[0] === 'boolean' ? args[0] : javaToString(args[0]).toLowerCase() === 'true',
  toString: (b: any) => String(b),
  booleanValue: (b: any) => b,
  equals: (b, [x]) => x === b,
};

const entryMethods: Record<string, Method> = {
  getKey: (e: any) => e.key,
  getValue: (e: any) => e.value ?? null,
  toString: (e: any) => javaToString(e),
};

function tableFor(value: unknown): Record<string, Method> | undefined {
  if (typeof value === 'string') return stringMethods;
  if (typeof value === 'number' || value instanceof JavaNumber) return numberMethods;
  if (typeof value === 'boolean') return booleanMethods;
  if (Array.isArray(value)) return listMethods;
  if (value instanceof MapEntry) return entryMethods;
  if (value instanceof LoopState) return loopMethods;
  if (isMap(value)) return mapMethods;
  return undefined;
}

function typeName(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (value instanceof JavaNumber)
    return value.kind === 'long' ? 'Long' : value.kind === 'decimal' ? 'BigDecimal' : 'Double';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'List';
  if (value instanceof MapEntry) return 'Map.Entry';
  if (isHost(value)) return value.hostName;
  return 'Map';
}

/** Calls `name(args)` on a template value with Java semantics. Unknown methods are errors (as in Velocity's strict mode we report them; AWS logs and renders the reference text). */
export function callMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target === null || target === undefined) return undefined;
  if (isHost(target)) {
    if (!Object.prototype.hasOwnProperty.call(target.methods, name))
      throw new NoSuchMethodError(`${target.hostName}.${name}() does not exist`);
    return target.methods[name](...args);
  }
  if (target instanceof JavaNumber) {
    if (name === 'toString') return javaToString(target);
    target = target.value;
  }
  if (name === 'equals' && !(typeof target === 'string' || typeof target === 'number' || typeof target === 'boolean'))
    return javaEquals(target, args[0]);
  if (name === 'hashCode' && typeof target !== 'string') return 0;
  if (name === 'getClass') throw new VtlRuntimeError('getClass() is not available in API Gateway templates');
  const table = tableFor(target);
  if (!table || !Object.prototype.hasOwnProperty.call(table, name)) {
    throw new NoSuchMethodError(`${typeName(target)} has no method ${name}()`);
  }
  return table[name](target, args);
}

/**
 * `$x.name` with Velocity's property rules: a Map's key, else a getter (`getName()`, `isName()`),
 * else null. Only own properties and our method tables are consulted.
 */
export function getProperty(target: unknown, name: string): unknown {
  if (target === null || target === undefined) return undefined;
  if (isHost(target)) {
    const prop =
      target.properties && Object.prototype.hasOwnProperty.call(target.properties, name)
        ? target.properties[name]
        : undefined;
    return prop ? prop() : undefined;
  }
  if (isMap(target)) return mapGet(target, name) ?? undefined;
  if (target instanceof MapEntry) {
    if (name === 'key') return target.key;
    if (name === 'value') return target.value ?? undefined;
  }
  const table = tableFor(target);
  if (!table) return undefined;
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  for (const getter of [`get${cap}`, `is${cap}`]) {
    if (Object.prototype.hasOwnProperty.call(table, getter)) return table[getter](target, []);
  }
  return undefined;
}

/** `$x[i]` (Velocity 1.7 index notation): list index, map key. */
export function getIndex(target: unknown, key: unknown): unknown {
  if (target === null || target === undefined) return undefined;
  if (Array.isArray(target)) {
    const n = numeric(key) ?? Number(key);
    if (!Number.isInteger(n)) return undefined;
    const i = n < 0 ? target.length + n : n;
    if (i < 0 || i >= target.length) throw new VtlRuntimeError(`index ${n} out of bounds for length ${target.length}`);
    return target[i] ?? undefined;
  }
  if (isMap(target)) return mapGet(target, key) ?? undefined;
  if (isHost(target)) return getProperty(target, javaToString(key));
  return undefined;
}
