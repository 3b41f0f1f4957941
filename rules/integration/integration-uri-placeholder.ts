import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION, isObject, ruleFunction, textOf, withoutPlaceholders } from '../lib/apigw.js';
import { AUTHORIZER } from '../lib/security.js';

// A URI copied from documentation or a console example keeps its placeholder text (ACCOUNT_ID,
// <region>, YOUR_FUNCTION_NAME): API Gateway takes it literally and the integration calls nothing
// that exists (DG api-gateway-swagger-extensions-integration: uri is the fully formed ARN or URL).
// Deploy-time placeholders (${…}, {{…}}) are not leftovers: a tool fills them in.
const ARN = /arn:([^:/]*):([^:/]*):([^:/]*):([^:/]*):([^/]*)/g;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT = /^(\d{12}|\*|aws)?$/;
/** Example text: <thing>, {thing}, YOUR_THING / your-thing, xxxx, or an upper-case NAME_LIKE_THIS. */
const EXAMPLE = /^<[^>]*>$|^\{[^{}]*\}$|^your[-_]|^x{4,}$|^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Upper-case names that are example text for a function name (a real one may well be upper case). */
const EXAMPLE_NAME = /NAME|FUNCTION|LAMBDA|ARN/;
const ANGLE = /<[A-Za-z][^<>]*>/;

function leftovers(text: string): string[] {
  const plain = withoutPlaceholders(text, 'PLACEHOLDER').replace(/\{\{[^}]*\}\}/g, 'PLACEHOLDER');
  const found = new Set<string>();
  for (const m of plain.matchAll(ARN)) {
    const [, , service, region, account, rest] = m;
    if (region && !region.includes('PLACEHOLDER') && !REGION.test(region) && EXAMPLE.test(region)) found.add(region);
    if (service !== 'apigateway' && !account.includes('PLACEHOLDER') && !ACCOUNT.test(account)) found.add(account);
    const name = service === 'lambda' ? /^function:([^:/]+)/.exec(rest)?.[1] : undefined;
    if (
      name &&
      !name.includes('PLACEHOLDER') &&
      EXAMPLE.test(name) &&
      (!/^[A-Z0-9_]+$/.test(name) || EXAMPLE_NAME.test(name))
    )
      found.add(name);
  }
  const angle = ANGLE.exec(plain);
  if (angle) found.add(angle[0]);
  return [...found];
}

const FIELDS: Record<string, string[]> = { [INTEGRATION]: ['uri'], [AUTHORIZER]: ['authorizerUri'] };

const rule: ApigwRule = {
  id: 'apigw-integration-uri-placeholder',
  category: 'integration',
  severity: 'error',
  description:
    'An integration or authorizer URI still holds example placeholder text (`ACCOUNT_ID`, `<region>`, `YOUR_FUNCTION`).',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  spectral: {
    given: [
      `$.paths[*][*].${INTEGRATION}`,
      '$.components.x-amazon-apigateway-integrations[*]',
      `$.securityDefinitions[*]['${AUTHORIZER}']`,
      `$.components.securitySchemes[*]['${AUTHORIZER}']`,
    ],
    then: {
      function: ruleFunction((target, ctx) => {
        if (!isObject(target)) return;
        const fields = ctx.path.includes(AUTHORIZER) ? FIELDS[AUTHORIZER] : FIELDS[INTEGRATION];
        const problems: Array<[string[], string]> = [];
        for (const field of fields) {
          const text = textOf(target[field]);
          if (!text) continue;
          const words = leftovers(text);
          if (words.length)
            problems.push([
              [field],
              `${field} still holds placeholder text ${words.map((w) => `"${w}"`).join(', ')}; API Gateway takes it literally, so the call goes to a target that does not exist. Put in the real value, or a placeholder your deploy tool fills in (\${AWS::AccountId}, \${AWS::Region}).`,
            ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
