import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, operationsOf, perDocument, ruleFunction, textOf } from '../lib/apigw.js';

// Definitions deployed to several accounts/Regions parameterise ARNs with ${AWS::Region} /
// ${AWS::AccountId} (resolved at import, DG import-api-aws-variables) or a deploy tool's
// placeholders. A literal Region or account left in a file that is clearly templated pins those
// integrations to one target. Evidence of templating is counted anywhere in the document:
// `${…}` (other than stage variables), `{{…}}`, and CloudFormation intrinsics (Ref, Fn::GetAtt,
// Fn::Sub, Fn::Join...). Each literal value is reported once, where it first appears.
const ARN = /arn:([^:]*):([^:]*):([^:]*):([^:]*):/g;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT = /^\d{12}$/;
const DEPLOY_PLACEHOLDER = /\$\{(?!stageVariables\.)[^}]+\}|\{\{[^}]+\}\}/;

interface Literal {
  kind: 'region' | 'account';
  value: string;
}

function literals(text: string): Literal[] {
  const out: Literal[] = [];
  // Placeholders may contain colons (${AWS::Region}); reduce them to a colon-free marker first.
  for (const m of text.replace(/\$\{[^}]*\}/g, '${}').matchAll(ARN)) {
    const [, , service, region, account] = m;
    if (REGION.test(region)) out.push({ kind: 'region', value: region });
    if (service !== 'apigateway' && ACCOUNT.test(account)) out.push({ kind: 'account', value: account });
  }
  return out;
}

function arnTexts(integration: any): Array<[string, string]> {
  return (['uri', 'credentials'] as const).flatMap((key) => {
    const text = textOf(integration?.[key]);
    return text ? [[key, text] as [string, string]] : [];
  });
}

/** Is there a deploy-time placeholder or an intrinsic anywhere in the document? (cycle-safe) */
function templated(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (DEPLOY_PLACEHOLDER.test(node)) return true;
      continue;
    }
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Ref' || key.startsWith('Fn::')) return true;
      stack.push(value);
    }
  }
  return false;
}

interface DocumentFacts {
  templated: boolean;
  /** `kind:value` -> where it first appears (integration path + field) and how many ARNs hold it. */
  first: Map<string, { at: string; count: number }>;
}

function facts(root: any): DocumentFacts {
  return perDocument(root, 'hardcoded-region-account', () => {
    const first = new Map<string, { at: string; count: number }>();
    const visit = (path: Array<string | number>, integration: any) => {
      for (const [key, text] of arnTexts(integration)) {
        for (const l of new Map(literals(text).map((x) => [`${x.kind}:${x.value}`, x])).keys()) {
          const entry = first.get(l);
          if (entry) entry.count++;
          else first.set(l, { at: [...path, key].join('\u0000'), count: 1 });
        }
      }
    };
    for (const [pathKey, item] of Object.entries(isObject(root?.paths) ? root.paths : {}))
      for (const [method, op] of operationsOf(item))
        visit(['paths', pathKey, method, 'x-amazon-apigateway-integration'], op['x-amazon-apigateway-integration']);
    for (const [name, integration] of Object.entries(root?.components?.['x-amazon-apigateway-integrations'] ?? {}))
      visit(['components', 'x-amazon-apigateway-integrations', name], integration);
    return { templated: templated(root), first };
  });
}

const rule: ApigwRule = {
  id: 'apigw-integration-hardcoded-region-account',
  category: 'integration',
  severity: 'warn',
  description:
    'A literal Region or account id in an integration ARN of a definition that is otherwise templated (placeholders, intrinsics).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const doc = facts(ctx.root);
        if (!doc.templated) return;
        const problems: Array<[string[], string]> = [];
        for (const [key, text] of arnTexts(integration)) {
          const here = [...ctx.path, key].join('\u0000');
          const pinned = literals(text).filter((l) => doc.first.get(`${l.kind}:${l.value}`)?.at === here);
          const shown = [...new Map(pinned.map((l) => [`${l.kind}:${l.value}`, l])).values()];
          if (shown.length === 0) continue;
          const others = Math.max(...shown.map((l) => doc.first.get(`${l.kind}:${l.value}`)!.count)) - 1;
          problems.push([
            [key],
            `${key} hard-codes ${shown.map((l) => `${l.kind} ${l.value}`).join(' and ')}${others > 0 ? ` (as do ${others} more integration ARN${others > 1 ? 's' : ''} in this file)` : ''} while the definition is otherwise templated; use \${AWS::Region} / \${AWS::AccountId} (API Gateway resolves them at import) or your tool's placeholders, or every deployment calls the same target.`,
          ]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
