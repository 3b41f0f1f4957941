import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/stage-variable-reference.js';

const doc = (uri: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: ${uri}
`;

// DG aws-api-gateway-stage-variables-reference: names are [A-Za-z0-9_].
test('a reference to a stage variable name that cannot exist', async () => {
  const r = await runRules(rule, doc('https://${stageVariables.backend-host}/pets'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-stage-variable-reference', 'paths./pets.get.x-amazon-apigateway-integration.uri', 9]],
  );
  assert.match(
    r[0].message,
    /"\$\{stageVariables.backend-host\}" names no possible stage variable.*\(e.g. backend_host\)/,
  );
});

test('valid names pass', async () => {
  assert.deepEqual(await runRules(rule, doc('https://${stageVariables.backend_Host2}/pets')), []);
});
