/**
 * The loader parses into plain objects (fast walks) and restores written key order only where
 * JavaScript would change it: integer-like keys (response codes) listed after other keys or out
 * of ascending order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { types } from 'node:util';
import { parseSource } from '../../src/definition/parse.js';

const yaml = `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        default: {description: d}
        "404": {description: n}
        "200": {description: ok}
    put:
      responses:
        "200": {description: ok}
        "404": {description: n}
`;

test('YAML: a mapping whose integer-like keys JavaScript would move keeps the written order', () => {
  const { file } = parseSource('/api.yaml', yaml);
  const data = file.data as any;
  assert.deepEqual(Object.keys(data.paths['/a'].get.responses), ['default', '404', '200']);
  assert.equal(types.isProxy(data.paths['/a'].get.responses), true);
  // Already in order: stays a plain object, like every mapping without integer-like keys.
  assert.deepEqual(Object.keys(data.paths['/a'].put.responses), ['200', '404']);
  assert.equal(types.isProxy(data.paths['/a'].put.responses), false);
  assert.equal(types.isProxy(data.paths), false);
  assert.equal(file.rangeOf(['paths', '/a', 'get', 'responses', '200']).start.line, 8);
});

test('JSON: same, through the JSON parser', () => {
  // Written by hand: JSON.stringify would already list "201" first.
  const { file } = parseSource(
    '/api.json',
    '{"openapi": "3.0.1",\n "paths": {"/a": {"get": {"responses": {\n  "default": {},\n  "500": {},\n  "201": {}}}}}}',
  );
  const responses = (file.data as any).paths['/a'].get.responses;
  assert.deepEqual(Object.keys(responses), ['default', '500', '201']);
  assert.equal(types.isProxy((file.data as any).paths), false);
});
