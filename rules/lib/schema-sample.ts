/**
 * A plausible JSON value for a (resolved) JSON Schema: examples and defaults first, then one value per
 * type. Used to build the request body of a synthetic request.
 */
export function sampleFromSchema(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 6) return undefined;
  const s = schema as Record<string, any>;
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(s[key]) && s[key].length) {
      if (key !== 'allOf') return sampleFromSchema(s[key][0], depth + 1);
      return Object.assign(
        {},
        ...s[key]
          .map((part: unknown) => sampleFromSchema(part, depth + 1))
          .filter((v: unknown) => v && typeof v === 'object'),
      );
    }
  }
  const type = Array.isArray(s.type)
    ? s.type[0]
    : (s.type ?? (s.properties ? 'object' : s.items ? 'array' : undefined));
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
        const v = sampleFromSchema(prop, depth + 1);
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    case 'array': {
      const item = sampleFromSchema(s.items, depth + 1);
      return item === undefined ? [] : [item];
    }
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'string':
      return s.format === 'date-time' ? '2024-01-01T00:00:00Z' : s.format === 'date' ? '2024-01-01' : 'sample';
    default:
      return undefined;
  }
}
