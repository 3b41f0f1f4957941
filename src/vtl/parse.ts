/**
 * Parsing VTL the way Velocity 1.7 does: velocityjs' grammar for the tokens, then our own passes for
 * what velocityjs does differently from Java Velocity: unbalanced `#end`s are errors (velocityjs
 * silently drops the rest of the template or closes open blocks at the end), and whitespace around
 * directives is gobbled with Velocity 1.7's rules (see docs/vtl-fidelity.md, "Whitespace").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';

export interface VtlPos {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}
/** velocityjs AST node (its own types are loose; we only rely on these fields). */
export type VtlNode = string | { type: string; pos?: VtlPos; [k: string]: any } | VtlNode[];

export class TemplateSyntaxError extends Error {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'TemplateSyntaxError';
    this.line = line;
    this.column = column;
  }
}

type FlatParser = (text: string) => VtlNode[];
let flatParser: FlatParser | undefined;

/**
 * Quadratic steps in velocityjs' jison parser, replaced by exact text at load: every list
 * (statements, arguments, array items) grows by `[].concat(list, item)`, a copy per item (a 150 KB
 * template took over a minute); every reduction copies the whole parser stack with `slice`, and the
 * lexer's rule for `[` looks ahead over the whole run of brackets that follows (20,000 nested
 * brackets took a minute). The replacements append and truncate in place (those arrays are held
 * only by the parser) and look ahead one character (`(?=[x]+)` and `(?=[x])` accept the same
 * inputs). If a velocityjs release changes any of these texts, the unchanged module is used
 * (correct, only slower) and test/vtl/budget.test.ts fails. [from, to, occurrences]
 */
const LINEAR_PATCHES: Array<[string, string, number]> = [
  ['this.$ = [].concat($$[$0 - 1], $$[$0]);', 'this.$ = __apigwAppend($$[$0 - 1], $$[$0]);', 1],
  ['stack = stack.slice(0, -1 * len * 2);', 'stack.length -= len * 2;', 1],
  ['vstack = vstack.slice(0, -1 * len);', 'vstack.length -= len;', 1],
  ['lstack = lstack.slice(0, -1 * len);', 'lstack.length -= len;', 1],
  ['/^(?:\\[[\\s]*(?=[\\-$"\'0-9{\\[\\]]+))/', '/^(?:\\[[\\s]*(?=[\\-$"\'0-9{\\[\\]]))/', 1],
  ['(?=[^a-zA-Z0-9_]+))/', '(?=[^a-zA-Z0-9_]))/', 7],
];

/** True when the loaded parser has the linear-time patches (for the test that pins them). */
export function parserIsLinear(): boolean {
  loadFlatParser();
  return flatParserPatched;
}
let flatParserPatched = false;

function append(list: unknown[], item: unknown): unknown[] {
  if (Array.isArray(item)) for (const x of item) list.push(x);
  else list.push(item);
  return list;
}

/**
 * velocityjs exports only the levelled parse, which hides unbalanced `#end`s, so we load its flat
 * jison parser from the package's own files.
 */
function loadFlatParser(): FlatParser {
  if (flatParser) return flatParser;
  const require = createRequire(import.meta.url);
  const file = require.resolve('velocityjs').replace(/index\.cjs$/, 'parse/index.cjs');
  let source = readFileSync(file, 'utf8');
  if (LINEAR_PATCHES.every(([from, , count]) => source.split(from).length === count + 1)) {
    for (const [from, to] of LINEAR_PATCHES) source = source.split(from).join(to);
    flatParserPatched = true;
    const module = { exports: {} as { parse_1?: FlatParser } };
    const factory = compileFunction(source, ['exports', 'require', 'module', '__apigwAppend'], { filename: file });
    factory(module.exports, createRequire(file), module, append);
    flatParser = module.exports.parse_1;
  }
  flatParser ??= (require(file) as { parse_1: FlatParser }).parse_1;
  return flatParser;
}

const STOP = /#stop(?![A-Za-z0-9_-])|#\{stop\}/;
const BLOCK_TYPES = new Set(['if', 'foreach', 'macro', 'define', 'noescape', 'macro_body']);
/** Directives whose line end Velocity 1.7 swallows (`#if(...)\n`, `#else\n`, `#end\n`, ...). */
const GOBBLING = new Set([
  'set',
  'if',
  'elseif',
  'else',
  'end',
  'foreach',
  'macro',
  'define',
  'macro_call',
  'break',
  'noescape',
]);
const TRAILING_NEWLINE = /^[ \t]*(\r\n|\n|\r)/;
const LEADING_BLANKS = /[ \t]+$/;

/** Parses a template into velocityjs' levelled AST; throws TemplateSyntaxError (1-based positions). */
export function parseVtl(text: string): VtlNode[] {
  let flat: VtlNode[];
  try {
    flat = loadFlatParser()(text);
  } catch (error) {
    throw toSyntaxError(error);
  }
  gobbleWhitespace(flat);
  return level(joinText(flat));
}

/** The parser's token names in the words of someone writing a template. */
const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the template',
  PARENTHESIS: "'('",
  CLOSE_PARENTHESIS: "')'",
  MAP_BEGIN: "'{'",
  MAP_END: "'}'",
  VAR_END: "'}'",
  BRACKET: "'['",
  CLOSE_BRACKET: "']'",
  DOT: "'.'",
  COMMA: "','",
  COLON: "':'",
  EQUAL: "'='",
  DOLLAR: 'a $reference',
  ID: 'a name',
  INTEGER: 'a number',
  DECIMAL_POINT: 'a number',
  BOOL: 'true or false',
  STRING: 'a string',
  EVAL_STRING: 'a string',
  IN: "'in'",
  RANGE: "'..'",
};
const VALUE_TOKENS = new Set(['DOLLAR', 'INTEGER', 'BOOL', 'STRING', 'EVAL_STRING', 'MAP_BEGIN', 'BRACKET', '-', '!']);
const OPERATOR_TOKENS = new Set(['||', '&&', '==', '!=', '>', '<', '>=', '<=', '+', '*', '/', '%']);

/** A parse error said in the user's terms: what was found, what could come there, and a hint. */
function toSyntaxError(error: unknown): TemplateSyntaxError {
  const e = error as { message?: string; hash?: { loc?: VtlPos; expected?: string[]; token?: string; text?: string } };
  const loc = e.hash?.loc;
  if (!loc)
    return new TemplateSyntaxError(
      'VTL syntax error: this expression cannot be read (check the brackets, quotes and commas of maps and lists)',
      1,
      1,
    );
  const token = String(e.hash?.token ?? '');
  // jison reports its own end-of-input symbol (1) by number.
  const atEnd = token === 'EOF' || token === '1' || (token === '' && !e.hash?.text);
  const got = atEnd ? 'end of template' : e.hash?.text ? `"${e.hash.text}"` : (TOKEN_WORDS[token] ?? `"${token}"`);
  const expected = (e.hash?.expected ?? []).map((x) => x.replace(/'/g, ''));
  const words: string[] = [];
  if (expected.some((x) => VALUE_TOKENS.has(x)))
    words.push('a value ($reference, string, number, true/false, [list] or {map})');
  for (const x of expected) {
    const w = TOKEN_WORDS[x];
    if (w && !VALUE_TOKENS.has(x) && x !== 'EOF' && !words.includes(w)) words.push(w);
  }
  if (expected.some((x) => OPERATOR_TOKENS.has(x))) words.push('an operator');
  let hint = '';
  if (atEnd && expected.includes('CLOSE_PARENTHESIS')) hint = ": a '(' is never closed";
  else if (atEnd && expected.includes('VAR_END')) hint = ": a '${' is never closed with '}'";
  else if (atEnd && expected.includes('CLOSE_BRACKET')) hint = ": a '[' is never closed";
  else if (atEnd && expected.includes('MAP_END')) hint = ": a '{' is never closed";
  else if (e.hash?.text === ')' && expected.includes('CLOSE_BRACKET')) hint = ": a '[' is not closed before this ')'";
  const message = `VTL syntax error: unexpected ${got}${words.length ? `, expected ${words.slice(0, 5).join(', ')}` : ''}${hint}`;
  return new TemplateSyntaxError(message, loc.first_line ?? 1, (loc.first_column ?? 0) + 1);
}

function gobbleWhitespace(flat: VtlNode[]): void {
  for (let i = 0; i < flat.length; i++) {
    const node = flat[i];
    if (typeof node === 'string' || Array.isArray(node)) continue;
    const next = flat[i + 1];
    if (node.type === 'comment') {
      // A `##` line comment runs to and includes the line end; `#* *#` keeps what follows.
      if (String(node.value).startsWith('##') && typeof next === 'string')
        flat[i + 1] = next.replace(/^(\r\n|\n|\r)/, '');
      continue;
    }
    if (!GOBBLING.has(node.type)) continue;
    if (typeof next === 'string' && TRAILING_NEWLINE.test(next)) flat[i + 1] = next.replace(TRAILING_NEWLINE, '');
    // Velocity 1.7's SET_DIRECTIVE token includes the blanks before `#set`.
    const prev = flat[i - 1];
    if (node.type === 'set' && typeof prev === 'string') flat[i - 1] = prev.replace(LEADING_BLANKS, '');
  }
}

/** The lexer can cut text anywhere (`a#stop` is `a`, `#s`, `top`); one string per run of text. */
function joinText(flat: VtlNode[]): VtlNode[] {
  const out: VtlNode[] = [];
  for (const node of flat) {
    const last = out.length - 1;
    if (typeof node === 'string' && typeof out[last] === 'string') out[last] = (out[last] as string) + node;
    else out.push(node);
  }
  return out;
}

function where(node: VtlNode): { line: number; column: number } {
  const pos = typeof node === 'object' && !Array.isArray(node) ? node.pos : undefined;
  return { line: pos?.first_line ?? 1, column: (pos?.first_column ?? 0) + 1 };
}

/** Nests block bodies under their opening node, as velocityjs' Compile expects; rejects unbalanced #end. */
function level(flat: VtlNode[]): VtlNode[] {
  const root: VtlNode[] = [];
  const stack: VtlNode[][] = [root];
  const openers: VtlNode[] = [];
  for (const node of flat) {
    const current = stack[stack.length - 1];
    if (typeof node === 'string' && STOP.test(node)) {
      // velocityjs has no #stop; Velocity 1.7 ends the template there.
      node.split(STOP).forEach((text, i) => {
        if (i > 0) current.push({ type: 'macro_call', id: 'stop', args: [] });
        if (text !== '') current.push(text);
      });
      continue;
    }
    if (typeof node === 'string' || Array.isArray(node)) {
      if (node !== '') current.push(node);
      continue;
    }
    if (node.type === 'end') {
      if (stack.length === 1) {
        const { line, column } = where(node);
        throw new TemplateSyntaxError('#end without a matching #if, #foreach, #macro or #define', line, column);
      }
      stack.pop();
      openers.pop();
      continue;
    }
    if (
      (node.type === 'else' || node.type === 'elseif') &&
      openers[openers.length - 1] &&
      (openers[openers.length - 1] as any).type !== 'if'
    ) {
      const { line, column } = where(node);
      throw new TemplateSyntaxError(`#${node.type} outside an #if block`, line, column);
    }
    if ((node.type === 'else' || node.type === 'elseif') && openers.length === 0) {
      const { line, column } = where(node);
      throw new TemplateSyntaxError(`#${node.type} outside an #if block`, line, column);
    }
    if (BLOCK_TYPES.has(node.type)) {
      const block: VtlNode[] = [node];
      current.push(block);
      stack.push(block);
      openers.push(node);
      continue;
    }
    current.push(node);
  }
  if (openers.length > 0) {
    const open = openers[openers.length - 1];
    const { line, column } = where(open);
    throw new TemplateSyntaxError(`#${(open as any).type} is never closed with #end`, line, column);
  }
  return root;
}
