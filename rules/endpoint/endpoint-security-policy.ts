import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// x-amazon-apigateway-security-policy: TLS_1_0, TLS_1_2 or an enhanced SecurityPolicy_*; enhanced
// policies require x-amazon-apigateway-endpoint-access-mode (BASIC|STRICT), which is valid only
// with them (DG openapi-extensions-security-policy, openapi-extensions-endpoint-access-mode; BOTO-V1 SecurityPolicy).
const LEGACY = ['TLS_1_0', 'TLS_1_2'];
const MODE = 'x-amazon-apigateway-endpoint-access-mode';

const rule: ApigwRule = {
  id: 'apigw-endpoint-security-policy',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description:
    'Security policy and endpoint access mode: a known policy, and an access mode exactly when the policy is an enhanced SecurityPolicy_*.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        const policy = root['x-amazon-apigateway-security-policy'];
        const mode = root[MODE];
        const problems: Array<[string[], string]> = [];
        if (mode !== undefined && !isOpaque(mode, ctx, [MODE]) && mode !== 'BASIC' && mode !== 'STRICT')
          problems.push([[MODE], `${MODE} must be BASIC or STRICT, not ${quote(mode)}.`]);
        if (policy === undefined || isOpaque(policy, ctx, ['x-amazon-apigateway-security-policy'])) {
          if (policy === undefined && mode !== undefined)
            problems.push([
              [MODE],
              `${MODE} applies only with an enhanced x-amazon-apigateway-security-policy (SecurityPolicy_*).`,
            ]);
          return problems;
        }
        const enhanced = typeof policy === 'string' && policy.startsWith('SecurityPolicy_');
        if (!enhanced && !LEGACY.includes(policy))
          problems.push([
            ['x-amazon-apigateway-security-policy'],
            `Unknown security policy ${quote(policy)}; use TLS_1_2 or an enhanced SecurityPolicy_* value.`,
          ]);
        else if (enhanced && mode === undefined)
          problems.push([
            ['x-amazon-apigateway-security-policy'],
            `Enhanced security policy ${policy} requires ${MODE} (start with BASIC, move to STRICT after checking access logs).`,
          ]);
        else if (!enhanced && mode !== undefined)
          problems.push([[MODE], `${MODE} is valid only with an enhanced SecurityPolicy_* policy, not ${policy}.`]);
        return problems;
      }),
    },
  },
};
export default rule;
