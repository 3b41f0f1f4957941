import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';

// Resource policy length quota: 8,192 characters, raisable (REST quota page).
export const POLICY_LIMIT = 8192;

const rule: ApigwRule = {
  id: 'apigw-policy-size',
  category: 'endpoint',
  severity: 'warn',
  flavour: 'rest',
  description: 'The resource policy is longer than the 8,192-character default quota.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  spectral: {
    given: "$['x-amazon-apigateway-policy']",
    then: {
      function: ruleFunction((policy) => {
        const length = typeof policy === 'string' ? policy.length : JSON.stringify(policy).length;
        if (length <= POLICY_LIMIT) return;
        return [
          [
            [],
            `The resource policy is ${length} characters (minified); the default quota is ${POLICY_LIMIT}. Shorten it (wildcards, fewer statements) or request a quota increase before deploying.`,
          ],
        ];
      }),
    },
  },
};
export default rule;
