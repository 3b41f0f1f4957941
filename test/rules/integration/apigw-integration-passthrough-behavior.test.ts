import rule from '../../../rules/integration/integration-passthrough-behavior.js';
import { integrationDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (passthroughBehavior: string) => integrationDoc({ type: 'aws', passthroughBehavior }, { method: 'post' });

// DG integration-passthrough-behaviors: WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER.
ruleTester(rule, {
  valid: ['when_no_match', 'WHEN_NO_TEMPLATES', 'never'].map((v) => ({ name: v, code: doc(v) })),
  invalid: [
    {
      name: 'an unknown passthroughBehavior',
      code: doc('when_no_template'),
      errors: [
        {
          path: 'paths./pets.post.x-amazon-apigateway-integration.passthroughBehavior',
          line: 8,
          message: /"when_no_template" is not valid; use when_no_match, when_no_templates or never/,
        },
      ],
    },
  ],
});
