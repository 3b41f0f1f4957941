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
    {
      name: "NEVER without templates is apigw-integration-never-without-templates' 415, not reported twice",
      code: integrationDoc({
        type: 'mock',
        passthroughBehavior: 'never',
        responses: { default: { statusCode: '200' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'a MOCK without templates: a bodiless request has no statusCode to select a response',
      code: doc(),
      errors: [
        {
          path: 'paths./health.get.x-amazon-apigateway-integration',
          line: 6,
          message: /without a request template: .*500 "Unable to parse statusCode"/,
        },
      ],
    },
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
