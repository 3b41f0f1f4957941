/**
 * Maps a position inside a string value (a mapping template) to its place in the file. A template is
 * a YAML block scalar (`|`: lines map one to one, shifted by the indentation), a YAML or JSON quoted
 * string (`\n`, `\"`, `\uXXXX` escapes take several source characters for one template character;
 * YAML folds raw line breaks), or a plain scalar. The walk rebuilds the value from the source and
 * gives up (undefined) as soon as the two disagree, so a wrong guess never yields a wrong line.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';

export interface FilePosition {
  /** 0-based. */
  line: number;
  /** 0-based. */
  character: number;
}

/** The text Spectral parsed (a `Document` keeps it as `input`); undefined when not available. */
export function documentText(context: RulesetFunctionContext): string | undefined {
  const doc = context.document as unknown as { input?: unknown; parserResult?: { text?: unknown } };
  if (typeof doc.input === 'string') return doc.input;
  if (typeof doc.parserResult?.text === 'string') return doc.parserResult.text;
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): FilePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Offset in `value` of a 1-based line and column inside it. */
export function valueOffset(value: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = value.indexOf('\n', offset);
    if (next < 0) return value.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), value.length);
}

/**
 * The file position of `value[target]`, the value being the scalar whose node starts at
 * `nodeStart` (0-based line and character, as Spectral's ranges).
 */
export function sourcePositionOf(
  text: string,
  nodeStart: FilePosition,
  value: string,
  target: number,
): FilePosition | undefined {
  const starts = lineStarts(text);
  if (nodeStart.line >= starts.length) return undefined;
  const start = starts[nodeStart.line] + nodeStart.character;
  const offset = walk(text, start, value, target);
  return offset === undefined ? undefined : toPosition(starts, offset);
}

function walk(text: string, start: number, value: string, target: number): number | undefined {
  const first = text[start];
  if (first === '"') return walkQuoted(text, start + 1, value, target, true);
  if (first === "'") return walkQuoted(text, start + 1, value, target, false);
  if (first === '|' || first === '>') return walkBlock(text, start, value, target);
  return walkQuoted(text, start, value, target, false, true);
}

/** Double-quoted (escapes), single-quoted (`''`) and plain scalars; raw line breaks fold as in YAML. */
function walkQuoted(
  text: string,
  i: number,
  value: string,
  target: number,
  escapes: boolean,
  plain = false,
): number | undefined {
  let k = 0;
  const quote = escapes ? '"' : "'";
  while (i < text.length) {
    if (k === target) return i;
    const c = text[i];
    if (!plain && c === quote) {
      if (!escapes && text[i + 1] === "'") {
        if (value[k] !== "'") return undefined;
        k++;
        i += 2;
        continue;
      }
      return k === target ? i : undefined;
    }
    if (escapes && c === '\\') {
      const e = text[i + 1];
      if (e === '\n' || e === '\r') {
        i += e === '\r' && text[i + 2] === '\n' ? 3 : 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
        continue;
      }
      const width = e === 'u' ? 6 : e === 'x' ? 4 : e === 'U' ? 10 : 2;
      const units = e === 'U' && parseInt(text.slice(i + 2, i + 10), 16) > 0xffff ? 2 : 1;
      if (k + units > target) return i;
      k += units;
      i += width;
      continue;
    }
    if (c === '\n' || c === '\r') {
      // Folding: trailing blanks of the line were not part of the value.
      let back = k;
      while (
        back > 0 &&
        (value[back - 1] === ' ' || value[back - 1] === '\t') &&
        value[back - 1] !== text[i - 1 - (k - back)]
      )
        back--;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      let blank = 0;
      for (;;) {
        while (text[i] === ' ' || text[i] === '\t') i++;
        if (text[i] === '\n') {
          blank++;
          i++;
        } else break;
      }
      const produced = blank > 0 ? '\n'.repeat(blank) : ' ';
      if (value.slice(k, k + produced.length) !== produced) return undefined;
      if (k + produced.length > target) return i;
      k += produced.length;
      continue;
    }
    if (value[k] !== c) return undefined;
    k++;
    i++;
  }
  return k === target ? i : undefined;
}

/** Literal (`|`) and folded (`>`) block scalars. */
function walkBlock(text: string, start: number, value: string, target: number): number | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0) return undefined;
  const header = text
    .slice(start, headerEnd)
    .replace(/\s+#.*$/, '')
    .trim();
  const folded = header.startsWith('>');
  const explicit = /\d/.exec(header);
  const lines: Array<{ offset: number; text: string }> = [];
  let pos = headerEnd + 1;
  while (pos <= text.length) {
    const end = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    lines.push({ offset: pos, text: text.slice(pos, end).replace(/\r$/, '') });
    if (end >= text.length) break;
    pos = end + 1;
  }
  const firstContent = lines.find((l) => l.text.trim() !== '');
  if (!firstContent) return undefined;
  const parentIndent = indentOfLine(text, start);
  const indent = explicit ? parentIndent + Number(explicit[0]) : /^ */.exec(firstContent.text)![0].length;
  let k = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const isBlank = line.text.trim() === '';
    if (!isBlank && /^ */.exec(line.text)![0].length < indent) break;
    const content = isBlank ? '' : line.text.slice(indent);
    if (value.slice(k, k + content.length) !== content) return undefined;
    if (target < k + content.length) return line.offset + indent + (target - k);
    k += content.length;
    // The line break: kept in literal scalars; folded to a space between two plain lines in folded ones.
    const next = lines[n + 1];
    let brk = '\n';
    if (
      folded &&
      !isBlank &&
      next &&
      next.text.trim() !== '' &&
      !/^\s/.test(content) &&
      !/^\s/.test(next.text.slice(indent))
    )
      brk = ' ';
    if (folded && !isBlank && next && next.text.trim() === '') brk = '';
    if (k === target) return line.offset + indent + content.length;
    if (brk && value[k] !== brk) return undefined;
    k += brk.length;
  }
  return undefined;
}

function indentOfLine(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const key = text.slice(lineStart, offset);
  return /^ */.exec(key)![0].length;
}

/**
 * Spectral results carry only a JSON path, so a finding inside a template points at the template's
 * first line. Rule functions record the exact place here; `apigw lint` looks it up to narrow the
 * finding's range (`templatePositionFor`), plain Spectral users read it in the message.
 */
const recorded = new Map<string, FilePosition>();
const MAX_RECORDED = 10_000;

function recordKey(source: string | null, code: string, path: ReadonlyArray<string | number>, message: string): string {
  return [source ?? '', code, path.join('\u0000'), message].join('\u0001');
}

export function recordTemplatePosition(
  context: RulesetFunctionContext,
  path: ReadonlyArray<string | number>,
  message: string,
  position: FilePosition,
): void {
  if (recorded.size >= MAX_RECORDED) recorded.clear();
  recorded.set(
    recordKey(context.document.source, String((context.rule as unknown as { name?: string }).name), path, message),
    position,
  );
}

/** The exact position of a template finding (code, JSON path and message as Spectral reported them). */
export function templatePositionFor(
  source: string | null,
  code: string,
  path: ReadonlyArray<string | number>,
  message: string,
): FilePosition | undefined {
  return recorded.get(recordKey(source, code, path, message));
}

export function clearTemplatePositions(): void {
  recorded.clear();
}
