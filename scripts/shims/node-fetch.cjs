// Bundle-time stand-in for node-fetch (scripts/bundle.mjs): Node 20 has fetch built in. Spectral's
// runtime imports node-fetch eagerly, and with it whatwg-url and tr46's 260 KB Unicode tables,
// only for http(s) $refs, which apigw never follows. Node's own fetch (undici) also loads on first
// touch, so nothing here reads it before a request is made.
'use strict';
function fetch(url, options) {
  return globalThis.fetch(url, options);
}
module.exports = fetch;
module.exports.default = fetch;
for (const name of ['Headers', 'Request', 'Response']) {
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => globalThis[name] });
}
