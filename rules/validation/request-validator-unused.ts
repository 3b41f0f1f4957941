import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { VALIDATOR, VALIDATORS, operations } from '../lib/validators.js';

// DG api-gateway-swagger-extensions-request-validators: validators are referenced by name from the
// root (default) or an operation; one nobody references is created but validates nothing. (A name
// referenced but not defined is validate's cross-reference check, not this rule.)
const rule: ApigwRule = {
  id: 'apigw-request-validator-unused',
  category: 'validation',
  severity: 'warn',
  description: 'A request validator is defined but no operation (and not the root default) uses it.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root) => {
        const map = root[VALIDATORS];
        if (!isObject(map)) return;
        const used = new Set<string>();
        if (typeof root[VALIDATOR] === 'string') used.add(root[VALIDATOR]);
        for (const op of operations(root))
          if (typeof op.operation[VALIDATOR] === 'string') used.add(op.operation[VALIDATOR]);
        return Object.keys(map)
          .filter((name) => !used.has(name))
          .map((name) => [
            [VALIDATORS, name],
            `Request validator ${name} is not used: no operation sets x-amazon-apigateway-request-validator: ${name} and it is not the root default, so it validates nothing. Reference it or remove it.`,
          ]);
      }),
    },
  },
};
export default rule;
