import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/cors/http-cors-config.js';

const doc = (body: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-cors:
${body}`;

test('flags maxAge out of range, bad methods and origins with paths', async () => {
  const r = await runRules(
    rule,
    doc("  allowOrigins: ['https://app.example.com/']\n  allowMethods: [GET, FETCH]\n  maxAge: 90000\n"),
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-http-cors-config', 'x-amazon-apigateway-cors.allowOrigins.0', 5],
      ['apigw-http-cors-config', 'x-amazon-apigateway-cors.allowMethods.1', 6],
      ['apigw-http-cors-config', 'x-amazon-apigateway-cors.maxAge', 7],
    ],
  );
  assert.match(r[2].message, /from -1 to 86400/);
});

test('flags a string where a list is expected', async () => {
  const r = await runRules(rule, doc('  allowHeaders: content-type\n'));
  assert.match(r[0].message, /allowHeaders must be a list of strings/);
});

test('accepts a valid configuration', async () => {
  assert.deepEqual(
    await runRules(
      rule,
      doc(
        "  allowOrigins: ['https://app.example.com', 'https://*', '*']\n  allowMethods: [GET, post, '*']\n  allowHeaders: ['*']\n  maxAge: -1\n",
      ),
    ),
    [],
  );
});
