import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, quote, ruleFunction, textOf } from '../lib/apigw.js';

// DG stage-variables / aws-api-gateway-stage-variables-reference: stage variable names contain only
// letters, digits and underscores ([A-Za-z0-9_]); CreateStage rejects any other name. A reference
// such as `${stageVariables.backend-host}` can therefore never be defined: the URI (or role, or VPC
// link) it builds is broken on every stage.
const FIELDS = ['uri', 'credentials', 'connectionId'];
const REFERENCE = /\$\{stageVariables\.([^}]*)\}/g;

const rule: ApigwRule = {
  id: 'apigw-stage-variable-reference',
  category: 'integration',
  severity: 'error',
  description:
    '`${stageVariables.name}` references must use a valid stage variable name (letters, digits, underscores).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration) => {
        const out: Array<[string[], string]> = [];
        for (const field of FIELDS) {
          const text = textOf(integration[field]);
          if (!text) continue;
          for (const m of text.matchAll(REFERENCE)) {
            if (/^[A-Za-z0-9_]+$/.test(m[1])) continue;
            out.push([
              [field],
              `${quote(m[0])} names no possible stage variable: names contain only letters, digits and underscores, so ${field} is broken on every stage. Rename the variable (e.g. ${m[1].replace(/[^A-Za-z0-9_]/g, '_') || 'name'}).`,
            ]);
          }
        }
        return out;
      }),
    },
  },
};
export default rule;
