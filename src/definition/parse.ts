/**
 * Parses one file with Spectral's parsers, so positions are exact and the very same parse result
 * can be handed to Spectral (lint never parses a file twice). CloudFormation short tags, which the
 * YAML parser reports as unknown, are recorded and rewritten into their long form. JSON that
 * `JSON.parse` reads exactly as the JSON parser would takes the fast path (json-fast.ts): native
 * parse, positions from an index of the text (json-index.ts), the same answers.
 */
import { parseWithPointers as parseYaml } from '@stoplight/yaml';
import { parseWithPointers as parseJson } from '@stoplight/json';
import { InputError } from '../core/errors.js';
import type { Range } from '../core/finding.js';
import { intrinsicValue, SHORT_TAGS } from './intrinsics.js';
import { restoreSourceKeyOrder } from './key-order.js';
import {
  dataDepthHit,
  DEFAULT_PARSE_LIMITS,
  mayHaveAliases,
  yamlAliasHit,
  yamlDepthOffset,
  type ParseLimits,
} from './parse-limits.js';
import { scanJson } from './json-index.js';
import { parseJsonFast } from './json-fast.js';
import { locatorFor, setLocator, type Locate } from './positions.js';
import type { Intrinsic, SourceFile } from './types.js';

interface Diagnostic {
  message: string;
  severity: number;
  range: Range;
}

interface ParserResult {
  data: unknown;
  ast: unknown;
  lineMap: number[] | undefined;
  diagnostics: Diagnostic[];
}

/** JSON is chosen by extension or by a leading `{`/`[`; everything else is YAML (a superset). */
export function detectFormat(path: string, text: string): 'json' | 'yaml' {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

const JSON_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character',
};

export interface ParsedSource {
  file: SourceFile;
  intrinsics: Intrinsic[];
  /** Non-fatal parser diagnostics (duplicate keys), 0-based ranges. */
  warnings: Diagnostic[];
}

/**
 * A template source (Terraform templatefile, shell envsubst) can hold a placeholder outside any JSON
 * string, `${policy}` where a member belongs: invalid JSON until the tool renders it. Say so, rather
 * than leave the user with "invalid symbol" at a place that looks deliberate.
 */
function placeholderHint(text: string, d: Diagnostic): string {
  const rest = text.split('\n')[d.range.start.line]?.slice(d.range.start.character) ?? '';
  const placeholder = /^(\$\{[^}\n]{1,80}\}|\{\{[^}\n]{1,80}\}\})/.exec(rest)?.[1];
  return placeholder
    ? ` (the template placeholder ${placeholder} stands outside a JSON string: lint the rendered file, e.g. terraform templatefile()'s output)`
    : '';
}

export function parseSource(path: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedSource {
  const format = detectFormat(path, text);
  const at = (offset: number) => positionAt(text, offset);
  // Hostile input is refused before the parsers (which recurse, and copy aliased nodes) see it.
  // For JSON the same pass over the text records its containers, for the fast path's positions.
  const scanned = format === 'json' ? scanJson(text, limits.maxDepth) : undefined;
  const hit = scanned ? scanned.hit : mayHaveAliases(text) ? yamlAliasHit(text, limits) : undefined;
  if (hit)
    throw new InputError(`${format === 'json' ? 'JSON' : 'YAML'} ${hit.message}`, { file: path, ...at(hit.offset) });
  const fast = scanned?.structure && parseJsonFast(text, scanned.structure);
  if (fast) {
    setLocator(fast.result, fast.locate);
    return {
      file: sourceFile(path, text, format, fast.result.data, fast.result, fast.locate),
      intrinsics: [],
      warnings: [],
    };
  }
  // Spectral's parsers' options, but plain objects instead of key-order Proxies (see key-order.ts).
  let result: ParserResult;
  try {
    result = (format === 'json'
      ? parseJson(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false })
      : parseYaml(text, {
          ignoreDuplicateKeys: false,
          mergeKeys: true,
          preserveKeyOrder: false,
          attachComments: false,
        })) as unknown as ParserResult;
  } catch (error) {
    throw parserFailure(path, text, error, limits);
  }
  // One position index per file (positions.ts): the same answers as the parser's own lookup, in O(path).
  const locate = locatorFor(result, format);
  const tooDeep = format === 'yaml' ? dataDepthHit(result.data, limits.maxDepth) : undefined;
  if (tooDeep) {
    const start = locate(tooDeep, true)?.range.start ?? { line: 0, character: 0 };
    throw new InputError(`YAML nested more than ${limits.maxDepth} levels deep (raise the limit with --max-depth)`, {
      file: path,
      line: start.line + 1,
      column: start.character + 1,
    });
  }
  try {
    result.data = restoreSourceKeyOrder(result.data, (p) => locate(p, true)?.range);
  } catch (error) {
    // The walk recurses: nesting the parser took (under a raised --max-depth) can still exhaust the stack.
    if (error instanceof RangeError) throw parserFailure(path, text, error, limits);
    throw error;
  }

  const tagDiagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (/^unknown tag </.test(d.message)) tagDiagnostics.push(d);
    // YAML says "duplicate key", jsonc "DuplicateKey": one warning either way (a JSON file is no
    // less importable than the same document in YAML; the importer keeps one of the values).
    else if (/^duplicate ?key$/i.test(d.message)) warnings.push({ ...d, message: 'duplicate key' });
    else if (d.severity === 0) {
      const message =
        format === 'json'
          ? `invalid JSON: ${JSON_MESSAGES[d.message] ?? d.message}${placeholderHint(text, d)}`
          : `invalid YAML: ${d.message}`;
      throw new InputError(message, { file: path, line: d.range.start.line + 1, column: d.range.start.character + 1 });
    }
  }

  const file = sourceFile(path, text, format, result.data, result, locate);
  const intrinsics = tagDiagnostics.length ? rewriteShortTags(file, result, tagDiagnostics) : [];
  return { file, intrinsics, warnings };
}

function sourceFile(
  path: string,
  text: string,
  format: 'json' | 'yaml',
  data: unknown,
  parserResult: object,
  locate: Locate,
): SourceFile {
  return {
    path,
    text,
    format,
    data,
    parserResult,
    refs: [],
    rangeOf: (jsonPath) =>
      locate(jsonPath, true)?.range ?? {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 0 },
      },
  };
}

interface AstNode {
  kind: number;
  startPosition: number;
  endPosition: number;
  key?: { value: string };
  value?: AstNode | null;
  mappings?: AstNode[];
  items?: (AstNode | null)[];
}

/**
 * The YAML parser drops unknown tags and keeps the plain value. For each `!Tag` it reported, find
 * the node that starts right after the tag and replace its data with the long form
 * (`!GetAtt Fn.Arn` -> `{ "Fn::GetAtt": ["Fn", "Arn"] }`; `!Sub s` -> s).
 */
function rewriteShortTags(file: SourceFile, result: ParserResult, diagnostics: Diagnostic[]): Intrinsic[] {
  const offsets = lineOffsets(file.text);
  const wanted = new Map<number, string>();
  for (const d of diagnostics) {
    const tagStart = offsets[d.range.start.line] + d.range.start.character;
    const tag = /^!?[A-Za-z:]+/.exec(file.text.slice(tagStart))?.[0] ?? '';
    let valueStart = tagStart + tag.length;
    while (/\s/.test(file.text[valueStart] ?? '')) valueStart++;
    wanted.set(valueStart, tag.startsWith('!') ? tag : `!${tag}`);
  }
  const found: Intrinsic[] = [];
  const visit = (node: AstNode | null | undefined, path: (string | number)[]): void => {
    if (!node) return;
    // Children first: rewriting a tagged node replaces its data, and nested tags must be rewritten inside it before.
    if (node.mappings) for (const m of node.mappings) visit(m.value, [...path, m.key?.value ?? '']);
    if (node.items) node.items.forEach((item, i) => visit(item, [...path, i]));
    const tag = wanted.get(node.startPosition);
    if (tag && path.length > 0) {
      const fn = SHORT_TAGS[tag] ?? `Fn::${tag.slice(1)}`;
      const parent = getAt(result.data, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
      const key = path[path.length - 1];
      if (parent && typeof parent === 'object') parent[key] = intrinsicValue(fn, parent[key]);
      found.push({ file: file.path, path: [...path], fn });
    }
  };
  visit(result.ast as AstNode, []);
  return found;
}

function getAt(data: unknown, path: (string | number)[]): unknown {
  let node = data as Record<string | number, unknown> | undefined;
  for (const segment of path) node = node?.[segment] as Record<string | number, unknown> | undefined;
  return node;
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) offsets.push(i + 1);
  return offsets;
}

/** 1-based line and column of a character offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The YAML parser throws (instead of reporting) on a few inputs: nesting deep enough to exhaust
 * the stack, an explicit `!!binary` tag, an empty `!!str` value in a block mapping. Each becomes
 * a positioned input error rather than an internal one.
 */
function parserFailure(path: string, text: string, error: unknown, limits: ParseLimits): InputError {
  if (error instanceof RangeError) {
    return new InputError(`YAML nested more than ${limits.maxDepth} levels deep (raise the limit with --max-depth)`, {
      file: path,
      ...positionAt(text, yamlDepthOffset(text, limits.maxDepth)),
    });
  }
  const tag = /!(?:!|<tag:yaml\.org,2002:)(binary|str)\b>?/.exec(text);
  if (tag) {
    return new InputError(
      `invalid YAML: the explicit tag ${tag[0]} cannot be read here; write the value as a quoted string`,
      { file: path, ...positionAt(text, tag.index) },
      error,
    );
  }
  return new InputError(
    `invalid YAML: the parser failed (${String((error as Error)?.message ?? error).split('\n')[0]})`,
    { file: path, line: 1, column: 1 },
    error,
  );
}
