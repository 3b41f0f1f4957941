import rule from '../../../rules/integration/integration-vpc-link.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (connection: Record<string, string>) =>
  integrationDoc({ type: 'http_proxy', httpMethod: 'GET', uri: 'https://nlb.internal/pets', ...connection });
const AT = { path: 'paths./pets.get.x-amazon-apigateway-integration.connectionType', line: 10 };

// DG set-up-private-integration: connectionType INTERNET or VPC_LINK, the latter with a connectionId.
ruleTester(rule, {
  valid: [
    { name: 'VPC_LINK with an id', code: doc({ connectionType: 'VPC_LINK', connectionId: 'abc123' }) },
    {
      name: 'VPC_LINK with a stage variable',
      code: doc({ connectionType: 'VPC_LINK', connectionId: '${stageVariables.vpcLinkId}' }),
    },
    { name: 'INTERNET', code: doc({ connectionType: 'INTERNET' }) },
  ],
  invalid: [
    {
      name: 'VPC_LINK without connectionId',
      code: doc({ connectionType: 'VPC_LINK' }),
      errors: [{ ...AT, message: /has no `connectionId`/ }],
    },
    {
      name: 'an unknown connectionType',
      code: doc({ connectionType: 'PRIVATE_LINK' }),
      errors: [{ ...AT, message: /must be INTERNET or VPC_LINK, not "PRIVATE_LINK"/ }],
    },
  ],
});
