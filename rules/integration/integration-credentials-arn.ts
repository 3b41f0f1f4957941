import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isOpaque, quote, ruleFunction, textOf, withoutPlaceholders } from '../lib/apigw.js';

// `credentials` is an IAM role ARN API Gateway assumes, or arn:aws:iam::*:user/* to pass the
// caller's identity (DG api-gateway-swagger-extensions-integration; BOTO-V1 Integration.credentials).
const ROLE = /^arn:[^:]+:iam::(\d{12}|PLACEHOLDER):role\/.+$/;
const CALLER = /^arn:[^:]+:iam::\*:user\/\*$/;

const rule: ApigwRule = {
  id: 'apigw-integration-credentials-arn',
  category: 'integration',
  severity: 'error',
  description: 'Integration `credentials` must be an IAM role ARN (or arn:aws:iam::*:user/* for caller credentials).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const value = integration.credentials;
        if (value === undefined || isOpaque(value, ctx, [...ctx.path, 'credentials'])) return;
        const text = textOf(value);
        if (text === undefined)
          return [[['credentials'], `\`credentials\` must be a string (an IAM role ARN), got ${quote(value)}.`]];
        const literal = withoutPlaceholders(text);
        if (literal === 'PLACEHOLDER' || ROLE.test(literal) || CALLER.test(literal)) return;
        const hint = /:iam::[^:]*:user\//.test(literal)
          ? ' IAM users cannot be assumed; use a role.'
          : /^arn:[^:]+:iam::/.test(literal)
            ? ''
            : ' It is not an IAM ARN at all.';
        return [
          [
            ['credentials'],
            `\`credentials\` ${quote(text)} is not an IAM role ARN (arn:aws:iam::{account}:role/{name}) nor arn:aws:iam::*:user/*.${hint}`,
          ],
        ];
      }),
    },
  },
};
export default rule;
