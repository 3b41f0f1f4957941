import rule from '../../../rules/integration/integration-missing.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const INTEGRATED = `      x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}, responses: {default: {statusCode: '200'}}}\n`;
/** GET /pets (integrated unless `get` is empty) and OPTIONS /pets (line 8) with `options` as its integration. */
const doc = (options: string, get = INTEGRATED) =>
  oas3(`paths:
  /pets:
    get:
      responses: {'200': {description: ok}}
${get}    options:
      responses: {'200': {description: ok}}
${options}`);
const rest = { flavour: 'rest' } as const;

// API reference CreateDeployment: "No integration defined for method".
ruleTester(rule, {
  valid: [
    {
      name: 'every method integrated',
      code: doc('      x-amazon-apigateway-integration: {type: mock}\n'),
      options: rest,
    },
    { name: 'a definition without integrations (SAM adds them)', code: doc('', ''), options: rest },
    { name: 'HTTP APIs', code: doc(''), options: { flavour: 'http' } },
  ],
  invalid: [
    {
      name: 'a REST method without an integration beside methods with one',
      code: doc(''),
      options: rest,
      errors: [
        {
          path: 'paths./pets.options',
          line: 8,
          message:
            /^OPTIONS \/pets has no x-amazon-apigateway-integration: the import succeeds, but every CreateDeployment then fails with "No integration defined for method"/,
        },
      ],
    },
  ],
});
