import { STAGE_VARIABLE_UNDEFINED as rule } from '../../../src/lint/config-rules/stage-variable-undefined.js';
import { integrationDoc, LAMBDA_INVOCATION_URI } from '../../support/fixtures.js';
import { configRuleTester } from '../../support/rule-tester.js';

// Stage variables read in a URI (line 9), a template (11), a mapping (13), and in prose (not a use).
const definition = integrationDoc(
  {
    type: 'aws',
    uri: LAMBDA_INVOCATION_URI.replace('function:f', 'function:${stageVariables.fn}'),
    requestTemplates: { 'application/json': `{"table": "$stageVariables.table", "v": "$stageVariables['version']"}` },
    requestParameters: { 'integration.request.header.x-env': 'stageVariables.env' },
  },
  { swagger: true, operation: 'description: uses stageVariables.ignored in prose\n' },
);
const INTEGRATION = 'paths./pets.get.x-amazon-apigateway-integration';
const options = { definition };

configRuleTester(rule, {
  valid: [
    {
      name: 'every stage defines every variable used',
      code: 'stages:\n  prod:\n    variables: {fn: a, table: t, version: v, env: e}\n',
      options,
    },
    { name: 'a project without stages', code: 'api: {type: rest}\n', options },
  ],
  invalid: [
    {
      name: 'variables used in templates and mappings but missing on a stage',
      code: 'stages:\n  dev:\n    variables: {fn: pets, table: t, version: v1, env: dev}\n  prod:\n    variables: {fn: pets, table: t}\n',
      options,
      errors: [
        {
          path: `${INTEGRATION}.requestTemplates.application/json`,
          line: 11,
          message: /Stage variable "version" is not defined on stage prod in apigw.yaml/,
        },
        { path: `${INTEGRATION}.requestParameters.integration.request.header.x-env`, line: 13 },
      ],
    },
  ],
});
