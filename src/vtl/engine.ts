/**
 * velocityjs' Compile, made to evaluate like API Gateway's Java Velocity. We override every place
 * where velocityjs touches JS values directly (references, properties, method calls, #set, #foreach,
 * expressions, macros) so that (1) values follow Java semantics (./java.ts) and (2) nothing a
 * template writes can reach a JS function, a prototype or a global.
 */
import { Compile } from 'velocityjs';
import {
  VtlRuntimeError,
  allocateCells,
  allocationBudget,
  callMethod,
  getIndex,
  getProperty,
  isBlockedKey,
  isMap,
  isTruthy,
  javaEquals,
  javaToString,
  mapPut,
  numeric,
  retain,
  JavaNumber,
  LoopState,
  NoSuchMethodError,
  stringBudget,
} from './java.js';
import { withDeadline, isDeadlineError } from './deadline.js';
import { parseVtl, TemplateSyntaxError, type VtlNode, type VtlPos } from './parse.js';
import type { RenderLimits } from './types.js';

/** A template that fails while rendering: message plus 1-based template position. */
export class TemplateRenderError extends Error {
  line: number;
  column: number;
  /** `limit` when a limit of AWS or of this tool stopped the render. */
  readonly kind: 'error' | 'limit';
  constructor(message: string, line = 0, column = 0, kind: 'error' | 'limit' = 'error') {
    super(message);
    this.name = 'TemplateRenderError';
    this.line = line;
    this.column = column;
    this.kind = kind;
  }
}

export const defaultLimits: RenderLimits = {
  maxForeachIterations: 1000,
  maxTemplateBytes: 300 * 1024,
  maxOutputChars: 10 * 1024 * 1024,
  timeoutMs: 3000,
  maxCallDepth: 50,
  maxElements: 2_000_000,
  maxStringChars: 64 * 1024 * 1024,
};

interface RunState {
  limits: RenderLimits;
  deadline: number;
  depth: number;
  warnings: string[];
  /** Override keys already set (`requestOverride.header.X`): AWS fails on the second set. */
  overridesSet: Set<string>;
  template: string;
  steps: number;
  /** Characters produced by text and references so far (a nested render counts once per piece). */
  emitted: number;
  /** The node being rendered, to place an interrupted render. */
  at?: unknown;
}

function posOf(node: any): { line: number; column: number } | undefined {
  const pos: VtlPos | undefined = node?.pos ?? (Array.isArray(node) ? node[0]?.pos : undefined);
  return pos ? { line: pos.first_line, column: pos.first_column + 1 } : undefined;
}

/** Velocity's integer arithmetic when both sides are integers (`7 / 2` is 3). */
function arithmetic(op: string, left: unknown, right: unknown): unknown {
  if (op === '+' && (typeof left === 'string' || typeof right === 'string'))
    return javaToString(left) + javaToString(right);
  const a = numeric(left);
  const b = numeric(right);
  if (a === undefined || b === undefined) return null; // Velocity logs and yields null
  // A double operand makes the result a double (printed `11.0`); JS cannot mark an integral one otherwise.
  const double = isDouble(left) || isDouble(right);
  const ints = !double && Number.isInteger(a) && Number.isInteger(b);
  let r: number;
  switch (op) {
    case '+':
      r = a + b;
      break;
    case '-':
      r = a - b;
      break;
    case '*':
      r = a * b;
      break;
    case '/':
      if (b === 0 && !double) return null;
      r = ints ? Math.trunc(a / b) : a / b;
      break;
    case '%':
      if (b === 0 && !double) return null;
      r = a % b;
      break;
    default:
      return null;
  }
  return double && Number.isInteger(r) ? new JavaNumber(r, 'double', '') : r;
}

function isDouble(v: unknown): boolean {
  return v instanceof JavaNumber ? v.kind !== 'long' : typeof v === 'number' && !Number.isInteger(v);
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === '==') return javaEquals(a, b);
  if (op === '!=') return !javaEquals(a, b);
  let x: number;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) x = na - nb;
  else if (typeof a === 'string' && typeof b === 'string') x = a < b ? -1 : a > b ? 1 : 0;
  else throw new VtlRuntimeError(`cannot compare ${javaToString(a) || 'null'} ${op} ${javaToString(b) || 'null'}`);
  return op === '<' ? x < 0 : op === '<=' ? x <= 0 : op === '>' ? x > 0 : x >= 0;
}

export class ApigwVelocity extends (Compile as any) {
  declare context: Record<string, unknown>;
  declare local: Record<string, Record<string, unknown>>;
  declare conditions: string[];
  declare contextId: string;
  declare runState: { stop: boolean; break: boolean };
  declare defines: Record<string, VtlNode[]>;
  declare macrosStore: Record<string, { asts: VtlNode[]; args: any[] }>;
  run: RunState;
  private static guid = 0;

  constructor(asts: VtlNode[], run: RunState) {
    super(asts, { escape: false });
    this.run = run;
  }

  render(context: Record<string, unknown>): string {
    this.silence = false;
    this.context = context;
    this.macros = Object.create(null);
    return this.renderAstList();
  }
  declare silence: boolean;
  declare macros: Record<string, unknown>;

  getMacroBody(asts: any[]): string {
    return this.getMacro(asts[0], this.renderAstList(asts.slice(1), this.contextId || undefined));
  }

  private tick(): void {
    if ((++this.run.steps & 0xff) === 0 && Date.now() > this.run.deadline) {
      throw new TemplateRenderError(
        `rendering took longer than ${this.run.limits.timeoutMs} ms (limit of this tool)`,
        0,
        0,
        'limit',
      );
    }
  }

  private checkSize(s: string): string {
    if (s.length > this.run.limits.maxOutputChars) {
      throw new TemplateRenderError(
        `output exceeds ${this.run.limits.maxOutputChars} characters (limit of this tool)`,
        0,
        0,
        'limit',
      );
    }
    return s;
  }

  private emit(n: number): void {
    this.run.emitted += n;
    if (this.run.emitted > this.run.limits.maxOutputChars) {
      throw new TemplateRenderError(
        `output exceeds ${this.run.limits.maxOutputChars} characters (limit of this tool)`,
        0,
        0,
        'limit',
      );
    }
  }

  renderAstList(asts?: VtlNode[], contextId?: string): string {
    let str = '';
    const list = asts ?? (this as any).asts;
    if (contextId) {
      if (contextId !== this.contextId && !this.conditions.includes(contextId)) this.conditions.unshift(contextId);
      this.contextId = contextId;
    } else this.contextId = '';
    for (const ast of list) {
      if (this.runState.stop || this.runState.break) break;
      this.tick();
      this.run.at = ast;
      try {
        if (typeof ast === 'string') {
          str += ast;
          this.emit(ast.length);
        } else if (Array.isArray(ast)) str += this.getBlock(ast) ?? '';
        else {
          switch (ast.type) {
            case 'references': {
              const text = javaToString(this.getReferences(ast, true));
              str += text;
              this.emit(text.length);
              break;
            }
            case 'set':
              this.setValue(ast);
              break;
            case 'break':
              this.runState.break = true;
              break;
            case 'macro_call':
              str += this.getMacro(ast);
              break;
            case 'comment':
              break;
            case 'raw':
              str += ast.value;
              break;
            default:
              str += this.getBlock(ast as any) ?? '';
          }
        }
      } catch (error) {
        throw this.positioned(error, ast);
      }
      this.checkSize(str);
    }
    return str;
  }

  private positioned(error: unknown, ast: unknown): Error {
    const at = posOf(ast);
    if (error instanceof TemplateRenderError) {
      if (!error.line && at) {
        error.line = at.line;
        error.column = at.column;
      }
      return error;
    }
    if (error instanceof VtlRuntimeError)
      return new TemplateRenderError(error.message, at?.line ?? 0, at?.column ?? 0, error.limit ? 'limit' : 'error');
    if (error instanceof RangeError)
      return new TemplateRenderError(
        `template nested too deeply or too large (limit of this tool)`,
        at?.line ?? 0,
        at?.column ?? 0,
        'limit',
      );
    return error as Error;
  }

  getReferences(ast: any, isVal?: boolean): unknown {
    if (ast.prue) {
      const define = this.defines[ast.id];
      if (Array.isArray(define)) return this.renderAstList(define);
    }
    const local = (this as any).getLocal(ast) as { isLocal: boolean; value: unknown };
    let ret: unknown;
    let found = true;
    if (local.isLocal) ret = local.value;
    else if (!isBlockedKey(ast.id) && Object.prototype.hasOwnProperty.call(this.context, ast.id))
      ret = this.context[ast.id];
    else found = false;
    if (!found && isVal && ast.id !== 'null' && ast.leader !== '$!') {
      const at = posOf(ast);
      const text = `$${ast.id}`;
      const warning = `${at ? `${at.line}:${at.column}: ` : ''}${text} is not defined (API Gateway renders it as empty text)`;
      if (!this.run.warnings.includes(warning)) this.run.warnings.push(warning);
    }
    if (ast.args !== undefined) throw new VtlRuntimeError(`$${ast.id}() is not a method call on an object`);
    for (const property of ast.path ?? []) {
      if (ret === null || ret === undefined) return isVal ? '' : undefined;
      ret = this.getAttributes(property, ret, ast);
    }
    if (isVal && (ret === null || ret === undefined)) return '';
    return ret;
  }

  getAttributes(property: any, baseRef: unknown, ast?: unknown): unknown {
    if (baseRef === null || baseRef === undefined) return undefined;
    if (property.type === 'method') {
      const args = (Array.isArray(property.args) ? property.args : []).map((exp: any) => this.getExpression(exp));
      let ret: unknown;
      try {
        ret = callMethod(baseRef, property.id, args);
      } catch (error) {
        if (!(error instanceof NoSuchMethodError)) throw error;
        // Velocity logs an invalid method reference and the reference yields null (empty text on AWS).
        const at = posOf(ast) ?? posOf(property) ?? posOf(this.run.at);
        this.warn(
          `${at ? `${at.line}:${at.column}: ` : ''}${error.message}: API Gateway's Velocity logs it and yields null`,
        );
        return undefined;
      }
      if (typeof ret === 'string') this.checkSize(ret);
      return ret === null ? undefined : ret;
    }
    if (property.type === 'property') return getProperty(baseRef, property.id);
    const key = property.id.type === 'references' ? this.getReferences(property.id) : this.getExpression(property.id);
    return getIndex(baseRef, key);
  }

  private warn(message: string): void {
    if (!this.run.warnings.includes(message) && this.run.warnings.length < 100) this.run.warnings.push(message);
  }

  getPropMethod(): never {
    throw new VtlRuntimeError('method calls go through getAttributes');
  }

  getExpression(ast: any): unknown {
    if (ast.type !== 'math') return this.getLiteral(ast);
    const exp = ast.expression;
    switch (ast.operator) {
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        const r = arithmetic(ast.operator, this.getExpression(exp[0]), this.getExpression(exp[1]));
        if (typeof r === 'string') this.checkSize(r);
        return r;
      }
      case '||':
        return isTruthy(this.getExpression(exp[0])) || isTruthy(this.getExpression(exp[1]));
      case '&&':
        return isTruthy(this.getExpression(exp[0])) && isTruthy(this.getExpression(exp[1]));
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return compare(ast.operator, this.getExpression(exp[0]), this.getExpression(exp[1]));
      case 'minus': {
        const v = this.getExpression(exp[0]);
        const n = numeric(v);
        return n === undefined
          ? null
          : v instanceof JavaNumber
            ? new JavaNumber(-n, v.kind, v.text.startsWith('-') ? v.text.slice(1) : `-${v.text}`)
            : -n;
      }
      case 'not':
        return !isTruthy(this.getExpression(exp[0]));
      case 'parenthesis':
        return this.getExpression(exp[0]);
    }
    return undefined;
  }

  getLiteral(literal: any): unknown {
    if (literal.type === 'array' && literal.isRange) return this.getRange(literal);
    if (literal.type === 'map') {
      const ret: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(literal.value ?? {})) {
        const value = this.getExpression(v);
        retain(value);
        mapPut(ret, k, value);
      }
      return ret;
    }
    if (literal.type === 'array') {
      return literal.value.map((exp: any) => {
        const value = this.getExpression(exp);
        retain(value);
        return value;
      });
    }
    if (literal.type === 'string') {
      const s = (Compile.prototype as any).getString.call(this, literal);
      return typeof s === 'string' ? this.checkSize(s) : s;
    }
    return (Compile.prototype as any).getLiteral.call(this, literal);
  }

  private rangeBounds(literal: any): [number, number] | null {
    const [begin, end] = literal.value.map((exp: any) => {
      if (typeof exp === 'string') return parseInt(exp, 10);
      if (typeof exp === 'number') return exp;
      const v = this.getExpression(exp);
      return numeric(v) ?? Number(javaToString(v));
    });
    return Number.isInteger(begin) && Number.isInteger(end) ? [begin, end] : null;
  }

  private getRange(literal: any): number[] {
    const [begin, end] = literal.value.map((exp: any) => {
      if (typeof exp === 'string') return parseInt(exp, 10);
      if (typeof exp === 'number') return exp;
      const v = this.getExpression(exp);
      return numeric(v) ?? Number(javaToString(v));
    });
    if (!Number.isInteger(begin) || !Number.isInteger(end)) return [];
    const size = Math.abs(end - begin) + 1;
    // A range is materialised as a list; keep it within the output budget (tool guard).
    if (size > Math.max(1_000_000, this.run.limits.maxForeachIterations)) {
      throw new TemplateRenderError(
        `range [${begin}..${end}] has ${size} elements (this tool's limit is 1000000)`,
        0,
        0,
        'limit',
      );
    }
    allocateCells(size);
    const ret: number[] = [];
    const step = begin <= end ? 1 : -1;
    for (let i = begin; ; i += step) {
      ret.push(i);
      if (i === end) break;
    }
    return ret;
  }

  /** `#set`, resolved without ever walking a prototype. Velocity 1.7: a null value leaves the target unchanged. */
  setValue(ast: any): void {
    const [ref, valAst] = ast.equal;
    const value = this.getExpression(valAst);
    if (value === null || value === undefined) return;
    const pathKeys: unknown[] = (ref.path ?? []).map((p: any) => {
      if (p.type === 'property') return p.id;
      if (p.type === 'index') return p.id.type === 'references' ? this.getReferences(p.id) : this.getExpression(p.id);
      throw new VtlRuntimeError(`#set cannot assign to a method call`);
    });
    if (isBlockedKey(ref.id)) throw new VtlRuntimeError(`#set: $${ref.id} cannot be assigned`);
    const scope = this.scopeFor(ref.id);
    if (pathKeys.length === 0) {
      mapPut(scope, ref.id, value);
      return;
    }
    let target: unknown = Object.prototype.hasOwnProperty.call(scope, ref.id) ? scope[ref.id] : undefined;
    for (const key of pathKeys.slice(0, -1)) {
      target =
        typeof key === 'number'
          ? getIndex(target, key)
          : isMap(target)
            ? getProperty(target, javaToString(key))
            : getIndex(target, key);
      if (target === null || target === undefined) {
        this.run.warnings.push(
          `#set($${ref.id}.${pathKeys.map(javaToString).join('.')}): $${ref.id}.${javaToString(key)} is null, nothing assigned`,
        );
        return;
      }
    }
    const last = pathKeys[pathKeys.length - 1];
    this.noteOverride(ref.id, pathKeys);
    if (Array.isArray(target)) {
      const i = Number(last);
      if (!Number.isInteger(i) || i < 0 || i >= target.length)
        throw new VtlRuntimeError(`#set: index ${javaToString(last)} out of bounds`);
      target[i] = value;
    } else if (isMap(target)) mapPut(target, last, value);
    else throw new VtlRuntimeError(`#set: $${ref.id} is not a map or list`);
  }

  private noteOverride(root: string, keys: unknown[]): void {
    if (root !== 'context' || keys.length < 2) return;
    const head = javaToString(keys[0]);
    if (head !== 'requestOverride' && head !== 'responseOverride') return;
    const key = keys.map(javaToString).join('.');
    if (this.run.overridesSet.has(key)) {
      // DG apigateway-override-request-response-parameters: "an override can be applied only once".
      this.run.warnings.push(
        `$context.${key} is set more than once: API Gateway answers 500 when an override is applied twice`,
      );
    }
    this.run.overridesSet.add(key);
  }

  private scopeFor(id: string): Record<string, unknown> {
    if (!this.contextId.startsWith('macro:')) {
      for (const c of this.conditions)
        if (this.local[c] && Object.prototype.hasOwnProperty.call(this.local[c], id)) return this.local[c];
    }
    return this.context;
  }

  getBlockEach(block: any[]): string {
    const ast = block[0];
    const limit = this.run.limits.maxForeachIterations;
    let items: unknown[];
    let len: number;
    const bounds = ast.from?.type === 'array' && ast.from.isRange ? this.rangeBounds(ast.from) : undefined;
    if (bounds !== undefined) {
      // A range literal is iterated lazily: only the iterations the loop can run are produced.
      if (bounds === null) return '';
      const [begin, end] = bounds;
      len = Math.abs(end - begin) + 1;
      const step = begin <= end ? 1 : -1;
      items = Array.from({ length: Math.min(len, limit + 1) }, (_x, k) => begin + k * step);
      return this.iterate(ast, block, items, len, limit);
    }
    const from = this.getExpression({ ...ast.from, pos: ast.pos });
    if (Array.isArray(from)) items = from;
    else if (isMap(from))
      items = Object.values(from); // Velocity iterates a Map's values
    else return '';
    len = items.length;
    return this.iterate(ast, block, items, len, limit);
  }

  private iterate(ast: any, block: any[], items: unknown[], len: number, limit: number): string {
    const body = block.slice(1);
    const contextId = `foreach:${++ApigwVelocity.guid}`;
    let ret = '';
    try {
      for (let i = 0; i < len; i++) {
        if (i >= limit) {
          // Velocity's directive.foreach.maxloops ends the loop quietly (docs/vtl-fidelity.md).
          this.run.warnings.push(
            `${ast.pos?.first_line ?? 0}:${(ast.pos?.first_column ?? 0) + 1}: #foreach stopped after ${limit} iterations (API Gateway's limit); ${len - limit} more were skipped`,
          );
          break;
        }
        this.local[contextId] = { [ast.to]: items[i], foreach: new LoopState(i + 1, len), velocityCount: i + 1 };
        ret += this.renderAstList(body, contextId);
        this.checkSize(ret);
        if (this.runState.break) break;
      }
    } finally {
      this.runState.break = false;
      delete this.local[contextId];
      this.conditions = this.conditions.filter((c) => c !== contextId);
      this.contextId = this.conditions[0] ?? '';
    }
    return ret;
  }

  getBlockIf(block: any[]): string {
    let received = false;
    const asts: VtlNode[] = [];
    for (const ast of block) {
      const isCond = ast.type === 'if' || ast.type === 'elseif';
      if (!(isCond || ast.type === 'else')) {
        if (received) asts.push(ast);
        continue;
      }
      if (received) break;
      received = isCond ? isTruthy(this.getExpression(ast.condition)) : true;
    }
    return this.renderAstList(asts, this.contextId);
  }

  getMacro(ast: any, bodyContent?: string): string {
    if (++this.run.depth > this.run.limits.maxCallDepth) {
      throw new TemplateRenderError(
        `macro/#evaluate nesting deeper than ${this.run.limits.maxCallDepth} (limit of this tool)`,
        0,
        0,
        'limit',
      );
    }
    try {
      if (ast.id === 'include' || ast.id === 'parse') {
        throw new VtlRuntimeError(`#${ast.id} cannot load other templates in API Gateway`);
      }
      if (ast.id === 'evaluate') {
        this.warn(
          '#evaluate: whether API Gateway runs it is not established (a user report says it does not); apigw renders it as Velocity 1.7 does',
        );
        const source = javaToString(this.getExpression(ast.args?.[0] ?? { type: 'string', value: '' }));
        let asts: VtlNode[];
        try {
          asts = parseVtl(source);
        } catch (error) {
          if (error instanceof TemplateSyntaxError)
            throw new VtlRuntimeError(
              `#evaluate: ${error.message} at ${error.line}:${error.column} of the evaluated text`,
            );
          throw error;
        }
        return this.renderAstList(asts, this.contextId || undefined);
      }
      if (ast.id === 'stop') {
        this.runState.stop = true;
        return '';
      }
      const macro = Object.prototype.hasOwnProperty.call(this.macrosStore, ast.id)
        ? this.macrosStore[ast.id]
        : undefined;
      if (!macro) {
        // Velocity prints an unknown #name(...) as the text it is.
        const pos: VtlPos | undefined = ast.pos;
        return pos ? sliceTemplate(this.run.template, pos) : `#${ast.id}`;
      }
      const local: Record<string, unknown> = { bodyContent };
      (macro.args ?? []).forEach((ref: any, i: number) => {
        if (ref && 'id' in ref && !isBlockedKey(ref.id))
          local[ref.id] = ast.args?.[i] ? this.getExpression(ast.args[i]) : undefined;
      });
      const contextId = `macro:${ast.id}:${++ApigwVelocity.guid}`;
      this.local[contextId] = local;
      try {
        return this.renderAstList(macro.asts, contextId);
      } finally {
        delete this.local[contextId];
        this.conditions = this.conditions.filter((c) => c !== contextId);
        this.contextId = this.conditions[0] ?? '';
      }
    } finally {
      this.run.depth--;
    }
  }

  /** Double-quoted strings are templates too; parse them with our parser so errors are ours. */
  evalStr(str: string): string {
    let asts: VtlNode[];
    try {
      asts = parseVtl(str);
    } catch (error) {
      if (error instanceof TemplateSyntaxError)
        throw new VtlRuntimeError(`in a double-quoted string: ${error.message}`);
      throw error;
    }
    return this.renderAstList(asts, this.contextId || undefined);
  }

  /** velocityjs' own `eval` entry is reachable from templates through `this.macros`; close it. */
  eval(): string {
    throw new VtlRuntimeError('eval is not available');
  }
}

function sliceTemplate(text: string, pos: VtlPos): string {
  const lines = text.split('\n');
  if (pos.first_line === pos.last_line)
    return (lines[pos.first_line - 1] ?? '').slice(pos.first_column, pos.last_column);
  const parts = [(lines[pos.first_line - 1] ?? '').slice(pos.first_column)];
  for (let l = pos.first_line; l < pos.last_line - 1; l++) parts.push(lines[l] ?? '');
  parts.push((lines[pos.last_line - 1] ?? '').slice(0, pos.last_column));
  return parts.join('\n');
}

export interface EngineRun {
  output: string;
  warnings: string[];
}

/** Method names that run a regular expression, and `#evaluate`, whose text can call them. */
const REGEX_USE = /matches|replaceAll|replaceFirst|split|evaluate/;

/**
 * Renders parsed template `asts` against `context` (top-level VTL variables) within `limits`. The
 * time limit is checked between nodes; a template that can run a regular expression (one call can
 * backtrack for minutes) renders under a watchdog that interrupts it wherever it is.
 */
export function runTemplate(
  template: string,
  asts: VtlNode[],
  context: Record<string, unknown>,
  limits: RenderLimits,
  warnings: string[],
): string {
  const run: RunState = {
    limits,
    deadline: Date.now() + limits.timeoutMs,
    depth: 0,
    warnings,
    overridesSet: new Set(),
    template,
    steps: 0,
    emitted: 0,
  };
  stringBudget.max = limits.maxOutputChars;
  allocationBudget.cells = 0;
  allocationBudget.chars = 0;
  allocationBudget.maxCells = limits.maxElements;
  allocationBudget.maxChars = limits.maxStringChars;
  const engine = new ApigwVelocity(asts, run);
  try {
    return REGEX_USE.test(template)
      ? withDeadline(limits.timeoutMs, () => engine.render(context))
      : engine.render(context);
  } catch (error) {
    if (error instanceof TemplateRenderError) throw error;
    const at = posOf(run.at);
    if (isDeadlineError(error)) {
      throw new TemplateRenderError(
        `rendering took longer than ${limits.timeoutMs} ms (limit of this tool)`,
        at?.line ?? 0,
        at?.column ?? 0,
        'limit',
      );
    }
    if (error instanceof VtlRuntimeError)
      throw new TemplateRenderError(error.message, at?.line ?? 0, at?.column ?? 0, error.limit ? 'limit' : 'error');
    if (error instanceof RangeError)
      throw new TemplateRenderError(
        `template nested too deeply or too large (limit of this tool)`,
        at?.line ?? 0,
        at?.column ?? 0,
        'limit',
      );
    throw error;
  }
}
