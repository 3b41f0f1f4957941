import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-content-handling.js';

const doc = (top: string, response: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /files:
    get:
      x-amazon-apigateway-integration:
        type: aws
        contentHandling: ${top}
        responses:
          default:
            statusCode: '200'
            contentHandling: ${response}
`;

test('flags bad values on the integration and on a response', async () => {
  const r = await runRules(rule, doc('PASSTHROUGH', 'convert_to_text'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-integration-content-handling', 'paths./files.get.x-amazon-apigateway-integration.contentHandling', 8],
      [
        'apigw-integration-content-handling',
        'paths./files.get.x-amazon-apigateway-integration.responses.default.contentHandling',
        12,
      ],
    ],
  );
  assert.match(r[0].message, /to pass payloads through unchanged, omit contentHandling/);
});

test('accepts the two conversions', async () => {
  assert.deepEqual(await runRules(rule, doc('CONVERT_TO_BINARY', 'CONVERT_TO_TEXT')), []);
});
