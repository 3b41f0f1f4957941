/**
 * Path templates as API Gateway builds resources (REST) or routes (HTTP) from them: one segment per
 * resource, `{name}` a path variable, `{name+}` a greedy one.
 */
export interface Segment {
  text: string;
  /** The variable name without braces and `+`, when the whole segment is `{name}` or `{name+}`. */
  variable?: string;
  greedy: boolean;
}

const VARIABLE = /^\{([^{}+]*)(\+?)\}$/;

/** Segments of a path key (`/` gives none; a trailing slash gives no empty segment). */
export function segmentsOf(pathKey: string): Segment[] {
  const parts = pathKey.replace(/^\//, '').replace(/\/$/, '');
  if (parts === '') return [];
  return parts.split('/').map((text) => {
    const m = VARIABLE.exec(text);
    return m ? { text, variable: m[1], greedy: m[2] === '+' } : { text, greedy: false };
  });
}

/** A path key that a deploy tool fills in (`${…}`, `{{…}}`): its segments are not what API Gateway sees. */
export function isTemplatedPath(pathKey: string): boolean {
  return /\$\{|\{\{/.test(pathKey);
}
