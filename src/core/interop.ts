/**
 * The exports of a CommonJS package loaded with `await import()`. Node's namespace for a CommonJS
 * module carries them both as named exports and as `default`; the bundled CLI's split chunks
 * (scripts/bundle.mjs) carry them only as `default`. Reading `default` first works in both.
 */
export function cjsExports<T extends object>(namespace: T): T {
  return (namespace as { default?: T }).default ?? namespace;
}
