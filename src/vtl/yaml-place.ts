/**
 * Where a YAML parse error is, 1-based, from the offset the parser gives (`error.pos`): the
 * `yaml` package fills `linePos` only when it also rewrites the message into a multi-line frame.
 */
export function yamlErrorPlace(text: string, error: { pos?: [number, number] }): { line?: number; column?: number } {
  const offset = error.pos?.[0];
  if (offset === undefined || offset < 0) return {};
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
