import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/binary-preflight-content-handling.js';

const doc = (types: string, extra = '') => `swagger: '2.0'
info: {title: t, version: '1'}
x-amazon-apigateway-binary-media-types: ${types}
paths:
  /pets:
    options:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default: {statusCode: '200'}
${extra}`;

// DG api-gateway-payload-encodings-workflow: a binary payload is not run through a template unless converted.
test('*/* binary media types and a MOCK preflight without CONVERT_TO_TEXT', async () => {
  const r = await runRules(rule, doc("['*/*']"), { flavour: 'rest' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-binary-preflight-content-handling', 'paths./pets.options.x-amazon-apigateway-integration', 8]],
  );
  assert.match(r[0].message, /every OPTIONS \/pets fails with 500/);
  const wrong = await runRules(rule, doc("['*/*']", '        contentHandling: CONVERT_TO_BINARY\n'), {
    flavour: 'rest',
  });
  assert.deepEqual(
    wrong.map((x) => x.path),
    ['paths./pets.options.x-amazon-apigateway-integration.contentHandling'],
  );
});

test('CONVERT_TO_TEXT, or binary types that do not match every request, pass', async () => {
  assert.deepEqual(
    await runRules(rule, doc("['*/*']", '        contentHandling: CONVERT_TO_TEXT\n'), { flavour: 'rest' }),
    [],
  );
  assert.deepEqual(await runRules(rule, doc("['image/png']"), { flavour: 'rest' }), []);
});
