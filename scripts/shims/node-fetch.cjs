// Bundle-time stand-in for node-fetch (scripts/bundle.mjs): Node 20 has fetch built in. Spectral's
// runtime imports node-fetch eagerly, and with it whatwg-url and tr46's 260 KB Unicode tables,
// only for http(s) $refs, which apigw never follows.
'use strict';
function fetch(url, options) {
  return globalThis.fetch(url, options);
}
module.exports = fetch;
module.exports.default = fetch;
module.exports.Headers = globalThis.Headers;
module.exports.Request = globalThis.Request;
module.exports.Response = globalThis.Response;
