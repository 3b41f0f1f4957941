/**
 * Logical-id references between the resources of one template: `!Ref X`, `!GetAtt X.Attr`, and
 * `Fn::Sub`/`Fn::Join` text naming them. Anything else (parameters, imports, conditions) is opaque.
 */
import { isIntrinsic } from '../intrinsics.js';

/** The logical id a `!Ref X` or `!GetAtt X.Attr` names (with the attribute), else undefined. */
export function referenced(value: unknown): { id: string; attribute?: string } | undefined {
  if (!isIntrinsic(value)) return undefined;
  if ('Ref' in value && typeof value.Ref === 'string') return { id: value.Ref };
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string')
    return { id: getAtt[0], attribute: typeof getAtt[1] === 'string' ? getAtt[1] : undefined };
  if (typeof getAtt === 'string') {
    const [id, attribute] = getAtt.split('.');
    return { id: id!, attribute };
  }
  return undefined;
}

/** True when `value` refers to the resource `id` (`!Ref id`, `!GetAtt id.Attr`, or a string `${id}`/`${id.Attr}`). */
export function refersTo(value: unknown, id: string): boolean {
  const hit = referenced(value);
  if (hit) return hit.id === id;
  if (typeof value === 'string') return value === id || value.includes(`\${${id}}`) || value.includes(`\${${id}.`);
  if (isIntrinsic(value) && 'Fn::Join' in value) return JSON.stringify(value).includes(`"${id}"`);
  return false;
}

export type Resources = Record<
  string,
  { Type?: string; Properties?: Record<string, unknown>; DependsOn?: unknown; Condition?: unknown }
>;

/** Resources of `type` whose `property` refers to `apiId`, with their logical ids, in template order. */
export function resourcesOf(
  resources: Resources,
  type: string,
  apiId: string,
  property = 'RestApiId',
): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r?.Type !== type) continue;
    const props = r.Properties && typeof r.Properties === 'object' ? r.Properties : {};
    if (refersTo(props[property], apiId)) out.push([id, props]);
  }
  return out;
}
