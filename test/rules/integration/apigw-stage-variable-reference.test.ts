import rule from '../../../rules/integration/stage-variable-reference.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (uri: string) => integrationDoc({ type: 'http_proxy', httpMethod: 'GET', uri }, { swagger: true });

// DG aws-api-gateway-stage-variables-reference: names are [A-Za-z0-9_].
ruleTester(rule, {
  valid: [{ name: 'valid names pass', code: doc('https://${stageVariables.backend_Host2}/pets') }],
  invalid: [
    {
      name: 'a reference to a stage variable name that cannot exist',
      code: doc('https://${stageVariables.backend-host}/pets'),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.uri',
          line: 9,
          message: /"\$\{stageVariables.backend-host\}" names no possible stage variable.*\(e.g. backend_host\)/,
        },
      ],
    },
  ],
});
