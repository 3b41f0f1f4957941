import rule from '../../../rules/integration/integration-mock-status-code.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (template?: string) =>
  integrationDoc(
    {
      type: 'mock',
      ...(template === undefined ? {} : { requestTemplates: { 'application/json': template } }),
      responses: { default: { statusCode: '200' } },
    },
    { path: '/health' },
  );

// DG how-to-mock-integration: a MOCK integration's request template selects the status code.
ruleTester(rule, {
  valid: [
    { name: 'a template with statusCode', code: doc('{"statusCode": 200}') },
    { name: 'a MOCK without templates', code: doc() },
  ],
  invalid: [
    {
      name: 'a MOCK request template without statusCode',
      code: doc('{"ok": true}'),
      errors: [
        {
          path: 'paths./health.get.x-amazon-apigateway-integration.requestTemplates.application/json',
          line: 9,
          message: /sets no statusCode; render \{"statusCode": 200\}/,
        },
      ],
    },
  ],
});
