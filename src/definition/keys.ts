/**
 * Own keys of a parsed mapping, fast. The loader's mappings are plain objects, except the few whose
 * integer-like keys JavaScript would reorder (see key-order.ts): those are order-keeping Proxies,
 * on which `Object.keys` runs an `ownKeys` trap and one descriptor lookup per key. The Proxy keeps
 * its ordered key list under a symbol on the target; reading it gives the same keys in the same
 * order without the traps.
 */
import * as OrderedObjectLiteral from '@stoplight/ordered-object-literal';

const orderKey = Symbol.for(OrderedObjectLiteral.ORDER_KEY_ID);

/** `Object.keys(node)`, in the same order, without the Proxy traps when the order list is there. */
export function keysOf(node: object): string[] {
  const order = (node as Record<symbol, unknown>)[orderKey];
  if (Array.isArray(order)) {
    const keys: string[] = [];
    for (const key of order) if (typeof key === 'string') keys.push(key);
    return keys;
  }
  return Object.keys(node);
}

/** Whether `node` is an order-keeping object (a mapping whose written order JavaScript would not keep). */
export function hasWrittenOrder(node: object): boolean {
  return Array.isArray((node as Record<symbol, unknown>)[orderKey]);
}
