import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/policy-document.js';

const doc = (statement: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
${statement}`;

test('flags a statement without Principal and with a bad Effect', async () => {
  const r = await runRules(
    rule,
    doc('    - Effect: allow\n      Action: execute-api:Invoke\n      Resource: execute-api:/*\n'),
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-policy-document', 'x-amazon-apigateway-policy.Statement.0', 7]],
  );
  assert.equal(r[0].message, 'Policy statement needs Effect Allow|Deny (not "allow"), Principal.');
});

test('flags a policy without statements and a non-JSON string', async () => {
  assert.match((await runRules(rule, doc('    []\n')))[0].message, /has no Statement/);
  assert.match(
    (
      await runRules(
        rule,
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\nx-amazon-apigateway-policy: allow all\n",
      )
    )[0].message,
    /not JSON/,
  );
});

test('accepts a resource policy and intrinsics', async () => {
  assert.deepEqual(
    await runRules(
      rule,
      doc(
        "    - Effect: Allow\n      Principal: '*'\n      Action: execute-api:Invoke\n      Resource: execute-api:/*\n",
      ),
    ),
    [],
  );
  assert.deepEqual(
    await runRules(
      rule,
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\nx-amazon-apigateway-policy: {Ref: Policy}\n",
    ),
    [],
  );
});
