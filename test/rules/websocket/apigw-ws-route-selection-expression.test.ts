import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-route-selection-expression';

test(`${id}: missing, or a variable other than $request.body`, () => {
  assert.deepEqual(findings(id, wsTemplate('', '')), [[id, 7, 'Resources.ChatApi.Properties.ProtocolType']]);
  assert.deepEqual(findings(id, wsTemplate('', '      RouteSelectionExpression: $request.header.action\n')), [
    [id, 8, 'Resources.ChatApi.Properties.RouteSelectionExpression'],
  ]);
});

test(`${id}: $request.body paths, braces and static text pass; intrinsics stay opaque`, () => {
  assert.deepEqual(findings(id, wsTemplate('', '      RouteSelectionExpression: $request.body.action\n')), []);
  assert.deepEqual(
    findings(id, wsTemplate('', "      RouteSelectionExpression: '${request.body.service}/${request.body.action}'\n")),
    [],
  );
  assert.deepEqual(findings(id, wsTemplate('', '      RouteSelectionExpression: !Ref Expression\n')), []);
});
