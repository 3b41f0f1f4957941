import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-api-key-selection-expression';
const api = (expression: string) =>
  `      RouteSelectionExpression: $request.body.action\n      ApiKeySelectionExpression: ${expression}\n`;

test(`${id}: an expression API Gateway does not support`, () => {
  assert.deepEqual(findings(id, wsTemplate('', api('$request.header.X-Api-Key-Custom'))), [
    [id, 9, 'Resources.ChatApi.Properties.ApiKeySelectionExpression'],
  ]);
  assert.deepEqual(findings(id, wsTemplate('', api('$request.querystring.key'))), [
    [id, 9, 'Resources.ChatApi.Properties.ApiKeySelectionExpression'],
  ]);
});

test(`${id}: the two supported expressions, none, or a computed one pass`, () => {
  assert.deepEqual(findings(id, wsTemplate('', api('$request.header.x-api-key'))), []);
  assert.deepEqual(findings(id, wsTemplate('', api('$context.authorizer.usageIdentifierKey'))), []);
  assert.deepEqual(findings(id, wsTemplate('')), []);
  assert.deepEqual(findings(id, wsTemplate('', api('!Ref KeyExpression'))), []);
});
