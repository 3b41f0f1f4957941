/**
 * Objects that keep their keys in written order. A plain JavaScript object lists integer-like keys
 * (array indexes: `"2"`, `"10"`) first, in ascending order, whatever order they were added in;
 * Java's LinkedHashMap, YAML and JSON documents keep the written order. Where that matters, an
 * order-keeping object stands in for the plain one: a Proxy from `@stoplight/ordered-object-literal`
 * (the kind Spectral's parsers make), on which `Object.keys`/`values`/`entries`, `delete` and new
 * keys follow the kept order. Only objects with such keys need one; every other object stays plain.
 */
import * as OrderedObjectLiteral from '@stoplight/ordered-object-literal';

// Its typings describe CommonJS; Node and the bundle load its ES build: `default` is the function either way.
const library = OrderedObjectLiteral as unknown as {
  default: <T extends object>(target: T, order: string[]) => T;
  isOrderedObject: (target: object) => boolean;
};

const INTEGER_LIKE = /^(0|[1-9][0-9]*)$/;

/** JavaScript orders a key first when it is an array index: a canonical integer below 2^32 - 1. */
export function isIndexKey(key: string): boolean {
  return INTEGER_LIKE.test(key) && Number(key) < 4294967295;
}

/** `target` seen through an object whose keys are `order` (its own keys, in the order to keep). */
export function createOrderedObject<T extends object>(target: T, order: string[]): T {
  return library.default(target, order);
}

export function isOrderedObject(value: object): boolean {
  return library.isOrderedObject(value);
}
