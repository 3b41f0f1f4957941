import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, operationsOf, perDocument, ruleFunction, textOf } from '../lib/apigw.js';

// Definitions deployed to several accounts/regions parameterise ARNs with ${AWS::Region} /
// ${AWS::AccountId} (resolved at import, DG import-api-aws-variables) or a deploy tool's
// placeholders. A literal region or account left among parameterised ones pins that integration.
const ARN = /arn:([^:]*):([^:]*):([^:]*):([^:]*):/g;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT = /^\d{12}$/;

interface Usage {
  regions: string[];
  accounts: string[];
  parameterisedRegion: boolean;
  parameterisedAccount: boolean;
}

function usage(text: string): Usage {
  const u: Usage = { regions: [], accounts: [], parameterisedRegion: false, parameterisedAccount: false };
  // Placeholders may contain colons (${AWS::Region}); reduce them to a colon-free marker first.
  for (const m of text.replace(/\$\{[^}]*\}/g, '${}').matchAll(ARN)) {
    const [, , service, region, account] = m;
    if (region.includes('${')) u.parameterisedRegion = true;
    else if (REGION.test(region)) u.regions.push(region);
    if (service === 'apigateway') continue; // its fourth field is the target service, not an account
    if (account.includes('${')) u.parameterisedAccount = true;
    else if (ACCOUNT.test(account)) u.accounts.push(account);
  }
  return u;
}

function arnTexts(integration: any): Array<[string, string]> {
  return (['uri', 'credentials'] as const).flatMap((key) => {
    const text = textOf(integration?.[key]);
    return text ? [[key, text] as [string, string]] : [];
  });
}

function documentUsage(root: any): { region: boolean; account: boolean } {
  return perDocument(root, 'hardcoded-region-account', () => {
    const all = { region: false, account: false };
    const visit = (integration: any) => {
      for (const [, text] of arnTexts(integration)) {
        const u = usage(text);
        all.region ||= u.parameterisedRegion;
        all.account ||= u.parameterisedAccount;
      }
    };
    for (const item of Object.values(isObject(root?.paths) ? root.paths : {}))
      for (const [, op] of operationsOf(item)) visit(op['x-amazon-apigateway-integration']);
    for (const integration of Object.values(root?.components?.['x-amazon-apigateway-integrations'] ?? {}))
      visit(integration);
    return all;
  });
}

const rule: ApigwRule = {
  id: 'apigw-integration-hardcoded-region-account',
  category: 'integration',
  severity: 'warn',
  description:
    'A literal region or account id in an integration ARN where the rest of the definition parameterises them.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const doc = documentUsage(ctx.root);
        if (!doc.region && !doc.account) return;
        const problems: Array<[string[], string]> = [];
        for (const [key, text] of arnTexts(integration)) {
          const u = usage(text);
          const pinned = [
            ...(doc.region && u.regions.length ? [`region ${u.regions[0]}`] : []),
            ...(doc.account && u.accounts.length ? [`account ${u.accounts[0]}`] : []),
          ];
          if (pinned.length) {
            problems.push([
              [key],
              `${key} hard-codes ${pinned.join(' and ')} while other integrations use placeholders such as \${AWS::Region} / \${AWS::AccountId}; parameterise it too, or every deployment calls the same target.`,
            ]);
          }
        }
        return problems;
      }),
    },
  },
};
export default rule;
