/**
 * Where REST mapping templates live and how a rule reports a problem at a place inside one.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import { INTEGRATION, type Path } from './apigw.js';
import { documentText, recordTemplatePosition, sourcePositionOf, valueOffset } from './template-position.js';

/** Integration request templates and integration response templates (REST). */
export const REQUEST_TEMPLATE_GIVEN = `$.paths[*][*]['${INTEGRATION}'].requestTemplates[*]`;
export const RESPONSE_TEMPLATE_GIVEN = `$.paths[*][*]['${INTEGRATION}'].responses[*].responseTemplates[*]`;
export const TEMPLATE_GIVEN = [REQUEST_TEMPLATE_GIVEN, RESPONSE_TEMPLATE_GIVEN];

export function templateKind(path: Path): 'request' | 'response' {
  return path.includes('requestTemplates') ? 'request' : 'response';
}

/** The text of a template with VTL comments blanked out (same length, so positions still hold). */
export function withoutComments(template: string): string {
  return commentFree.get(template, blankComments);
}

function blankComments(template: string): string {
  return template
    .replace(/#\*[\s\S]*?\*#/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/##[^\n]*/g, (m) => ' '.repeat(m.length));
}

/**
 * One result per template text for the whole process: eight template rules read each template's
 * comment-free text, several its directives or `$context` references, and a definition often repeats
 * a template. Bounded by entries and by template characters (the oldest entries go first); results
 * are shared, so read-only.
 */
export class TemplateCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly maxEntries = 2000,
    private readonly maxChars = 8 * 1024 * 1024,
  ) {}

  get(template: string, compute: (template: string) => T): T {
    let hit = this.entries.get(template);
    if (hit === undefined) {
      hit = compute(template);
      while (
        this.entries.size > 0 &&
        (this.entries.size >= this.maxEntries || this.chars + template.length > this.maxChars)
      ) {
        const oldest = this.entries.keys().next().value as string;
        this.entries.delete(oldest);
        this.chars -= oldest.length;
      }
      this.entries.set(template, hit);
      this.chars += template.length;
    }
    return hit;
  }
}

const commentFree = new TemplateCache<string>();

/** 1-based line and column of an offset in a template. */
export function lineColumn(template: string, offset: number): { line: number; column: number } {
  const before = template.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * templateProblem at an offset of `text`: the template itself, or a copy of the same lines and
 * columns (its comment-free text).
 */
export function templateProblemAt(
  context: RulesetFunctionContext,
  template: string,
  text: string,
  offset: number,
  message: string,
): { message: string; path: Path } {
  const { line, column } = lineColumn(text, offset);
  return templateProblem(context, template, line, column, message);
}

/**
 * A finding at line/column (1-based) of the template at `context.path`: the message names the
 * template line and the file line, and the exact file position is recorded for `apigw lint`.
 */
export function templateProblem(
  context: RulesetFunctionContext,
  template: string,
  line: number,
  column: number,
  message: string,
): { message: string; path: Path } {
  const path = [...context.path] as Path;
  const range = context.document.getRangeForJsonPath(context.path, true);
  const text = documentText(context);
  const position =
    range && text !== undefined
      ? sourcePositionOf(text, range.start, template, valueOffset(template, line, column))
      : undefined;
  const where = position
    ? `template line ${line}, column ${column} (file line ${position.line + 1})`
    : `template line ${line}, column ${column}`;
  const full = `${message} [${where}]`;
  if (position) recordTemplatePosition(context, path, full, position);
  return { message: full, path };
}
