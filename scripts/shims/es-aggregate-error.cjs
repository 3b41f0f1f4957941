// Bundle-time stand-in for es-aggregate-error (scripts/bundle.mjs): a polyfill (with es-abstract
// behind it) for the AggregateError Node has had built in since 15.
'use strict';
module.exports = AggregateError;
