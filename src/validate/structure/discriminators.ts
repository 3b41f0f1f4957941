/**
 * The OpenAPI schemas describe many objects as `oneOf` alternatives told apart by one property
 * (`type` of a security scheme, `in` of a parameter, `flow` of an OAuth2 scheme). When such an
 * object is wrong, ajv reports every alternative's complaints. Knowing which alternatives accept
 * the object's actual `type`/`in` lets us keep only the complaints of those.
 */
export const DISCRIMINATOR_KEYS = ['type', 'in', 'flow'] as const;

export interface Alternative {
  values: unknown[];
  required: string[];
  properties: string[];
  /** `enum` of each declared property that has one. */
  enums: Record<string, unknown[]>;
}

/** Every sub-schema of `schema` whose `properties.<key>.enum` pins a discriminator, by key. */
export function indexAlternatives(schema: unknown): Map<string, Alternative[]> {
  const index = new Map<string, Alternative[]>(DISCRIMINATOR_KEYS.map((k) => [k, []]));
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const n = node as { properties?: Record<string, { enum?: unknown[] }>; required?: string[] };
    if (n.properties && typeof n.properties === 'object') {
      const enums: Record<string, unknown[]> = {};
      for (const [name, sub] of Object.entries(n.properties)) if (Array.isArray(sub?.enum)) enums[name] = sub.enum;
      for (const key of DISCRIMINATOR_KEYS) {
        const values = enums[key];
        if (values)
          index.get(key)!.push({ values, required: n.required ?? [], properties: Object.keys(n.properties), enums });
      }
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(schema);
  return index;
}

export interface DiscriminatorVerdict {
  /** Alternatives that accept the object's value for this key. */
  matching: Alternative[];
  /** Alternatives that reject it. */
  other: Alternative[];
}

export function judge(index: Map<string, Alternative[]>, key: string, value: unknown): DiscriminatorVerdict {
  const all = index.get(key) ?? [];
  return { matching: all.filter((a) => a.values.includes(value)), other: all.filter((a) => !a.values.includes(value)) };
}
