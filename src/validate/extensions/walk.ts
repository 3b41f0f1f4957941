/**
 * Finds every key that is, or looks like, an `x-amazon-apigateway-*` extension in the resolved
 * document, together with the kind of place it sits in.
 */
import type { JsonPath } from '../../core/finding.js';
import type { SpecVersion } from '../../definition/types.js';
import { isOperationKey } from '../../definition/methods.js';
import { EXTENSION_NAMES, type Place } from './catalogue.js';
import { editDistance } from '../../core/suggest.js';

export const PREFIX = 'x-amazon-apigateway-';
/** Values holding user data, never OpenAPI structure: extension keys inside them mean nothing. */
const OPAQUE_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'x-example']);

export interface Occurrence {
  name: string;
  /** Path of the extension's value in the resolved document. */
  path: JsonPath;
  value: unknown;
  /** Kind of place, or undefined for a place no extension belongs to. */
  place: Place | undefined;
  /** A human description of where it is (`paths./pets.get`). */
  where: string;
}

/** True for documented names, misspelt prefixes (`x-amazon-api-gateway-...`) and unknown `x-amazon-apigateway-*`. */
/** Big documents repeat the same few thousand keys; the answer per key is remembered. */
const extensionLookalike = new Map<string, boolean>();

export function looksLikeApigwExtension(key: string): boolean {
  // Called for every key of the document: most do not start with x or X, and so cannot match.
  const first = key.charCodeAt(0);
  if (first !== 0x78 && first !== 0x58) return false;
  const k = key.toLowerCase();
  if (k.startsWith(PREFIX)) return true;
  if (!k.startsWith('x-')) return false;
  let answer = extensionLookalike.get(k);
  if (answer === undefined) {
    // An edit distance is never below the difference in length: most keys are ruled out without computing it.
    answer = EXTENSION_NAMES.some((n) => Math.abs(n.length - k.length) <= 3 && editDistance(k, n) <= 3);
    extensionLookalike.set(k, answer);
  }
  return answer;
}

export function placeOf(path: JsonPath, version: SpecVersion): Place | undefined {
  const [a, b, c] = path;
  if (path.length === 0) return 'root';
  if (a === 'paths' && path.length === 2) return 'pathItem';
  if (a === 'paths' && path.length === 3 && typeof c === 'string' && isOperationKey(c)) return 'operation';
  if (version === 'swagger2' && a === 'securityDefinitions' && path.length === 2) return 'securityScheme';
  if (version !== 'swagger2' && a === 'components' && b === 'securitySchemes' && path.length === 3)
    return 'securityScheme';
  if (version !== 'swagger2' && a === 'components' && path.length === 1) return 'components';
  if (version !== 'swagger2' && a === 'servers' && path.length === 2) return 'server';
  if (a === 'tags' && path.length === 2) return 'tag';
  return undefined;
}

export function describePath(path: JsonPath): string {
  if (path.length === 0) return 'the document root';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Every extension-like key, depth first; shared (ref'd) objects are visited once, at their first path.
 * One path array is pushed and popped along the walk; an occurrence gets its own copy.
 */
export function findExtensions(doc: unknown, version: SpecVersion): Occurrence[] {
  const found: Occurrence[] = [];
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const walk = (node: unknown, namesOnly: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    // One hash lookup instead of has() then add(): the set did not grow when the node was seen.
    const before = seen.size;
    seen.add(node);
    if (seen.size === before) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (!(i in node)) continue; // a hole, as forEach skips it
        path.push(i);
        walk(node[i], false);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (!namesOnly && looksLikeApigwExtension(key)) {
        found.push({
          name: key,
          path: [...path, key],
          value,
          place: placeOf(path, version),
          where: describePath(path),
        });
        // An ANY method is an operation: its own extensions (integration, auth, ...) are found below it.
        if (key === 'x-amazon-apigateway-any-method') {
          path.push(key);
          walk(value, false);
          path.pop();
        }
        continue;
      }
      if (!namesOnly && (OPAQUE_KEYS.has(key) || key.startsWith('x-'))) continue;
      // Keys of a schema's `properties` are property names, not OpenAPI fields.
      path.push(key);
      walk(value, key === 'properties' && !namesOnly);
      path.pop();
    }
  };
  walk(doc, false);
  return found;
}
