/** The rule tester itself: a case that states a wrong id, path, line, severity or message fails. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFindings, type ActualFinding } from './rule-tester.js';

const rule = { id: 'apigw-x', severity: 'error' as const };
const actual: ActualFinding[] = [{ id: 'apigw-x', path: 'paths./a', line: 4, severity: 'error', message: 'bad a' }];

test('exact findings pass; the rule id and severity default to the rule', () => {
  assertFindings(rule, actual, [{ path: 'paths./a', line: 4, message: /bad/ }]);
  assertFindings(rule, [], []);
});

test('a wrong line, path, severity, id, message or count fails', () => {
  for (const wrong of [
    [{ path: 'paths./a', line: 5 }],
    [{ path: 'paths./b', line: 4 }],
    [{ path: 'paths./a', line: 4, severity: 'warn' as const }],
    [{ path: 'paths./a', line: 4, id: 'apigw-y' }],
    [{ path: 'paths./a', line: 4, message: 'good' }],
    [{ path: 'paths./a', line: 4, message: /^a/ }],
    [],
  ])
    assert.throws(() => assertFindings(rule, actual, wrong), assert.AssertionError, JSON.stringify(wrong));
});
