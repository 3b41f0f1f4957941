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
  return template
    .replace(/#\*[\s\S]*?\*#/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/##[^\n]*/g, (m) => ' '.repeat(m.length));
}

/** 1-based line and column of an offset in a template. */
export function lineColumn(template: string, offset: number): { line: number; column: number } {
  const before = template.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
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
