import type { ApigwRule } from '../lib/rule.js';
import { isObject, isOpaque, quote, ruleFunction } from '../lib/apigw.js';

// x-amazon-apigateway-policy holds an IAM resource policy (DG openapi-extensions-policy); IAM
// grammar: Statement with Effect Allow|Deny, Action|NotAction, Resource|NotResource, and for
// resource policies Principal|NotPrincipal (IAM User Guide, reference_policies_grammar).
const rule: ApigwRule = {
  id: 'apigw-policy-document',
  category: 'endpoint',
  severity: 'error',
  flavour: 'rest',
  description:
    '`x-amazon-apigateway-policy` must be an IAM resource policy: Statement entries with Effect, Principal, Action and Resource.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html',
  spectral: {
    given: "$['x-amazon-apigateway-policy']",
    then: {
      function: ruleFunction((policy, ctx) => {
        if (isOpaque(policy, ctx, ctx.path)) return;
        let doc = policy;
        if (typeof policy === 'string') {
          try {
            doc = JSON.parse(policy);
          } catch {
            return [
              [
                [],
                'x-amazon-apigateway-policy is a string that is not JSON; write the policy document as an object (Version, Statement).',
              ],
            ];
          }
        }
        if (!isObject(doc))
          return [[[], `x-amazon-apigateway-policy must be a policy document object, got ${quote(doc)}.`]];
        const problems: Array<[(string | number)[], string]> = [];
        if (doc.Version !== undefined && doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17')
          problems.push([['Version'], `Policy Version ${quote(doc.Version)} is not valid; use "2012-10-17".`]);
        const statements = Array.isArray(doc.Statement)
          ? doc.Statement
          : isObject(doc.Statement)
            ? [doc.Statement]
            : undefined;
        if (!statements || statements.length === 0)
          return [
            ...problems,
            [[], 'The policy has no Statement; add at least one statement (Effect, Principal, Action, Resource).'],
          ];
        statements.forEach((st: any, i: number) => {
          const at = Array.isArray(doc.Statement) ? ['Statement', i] : ['Statement'];
          if (!isObject(st)) return problems.push([at, 'A policy statement must be an object.']);
          const missing: string[] = [];
          if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
            missing.push(st.Effect === undefined ? 'Effect' : `Effect Allow|Deny (not ${quote(st.Effect)})`);
          if (st.Principal === undefined && st.NotPrincipal === undefined) missing.push('Principal');
          if (st.Action === undefined && st.NotAction === undefined) missing.push('Action');
          if (st.Resource === undefined && st.NotResource === undefined) missing.push('Resource');
          if (missing.length)
            problems.push([at, `Policy statement ${st.Sid ? `"${st.Sid}" ` : ''}needs ${missing.join(', ')}.`]);
        });
        return problems;
      }),
    },
  },
};
export default rule;
