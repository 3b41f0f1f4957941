import { referenced, type Resources } from '../../definition/template/refs.js';
import type { TemplateRule } from './types.js';

/** Logical ids a resource depends on: its DependsOn and every `Ref`/`GetAtt`/`${Sub}` in its properties. */
function dependencies(resources: Resources, id: string): Set<string> {
  const r = resources[id];
  const out = new Set<string>();
  const dependsOn = r?.DependsOn;
  for (const d of Array.isArray(dependsOn) ? dependsOn : [dependsOn]) if (typeof d === 'string') out.add(d);
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) if (resources[m[1]!]) out.add(m[1]!);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const hit = referenced(node);
    if (hit && resources[hit.id]) out.add(hit.id);
    for (const v of Object.values(node)) walk(v);
  };
  walk(r?.Properties);
  return out;
}

/**
 * CloudFormation creates a Deployment as soon as what it depends on exists; a Method it does not
 * (directly or through other resources) depend on may be created after it and is not deployed.
 */
const rule: TemplateRule = {
  id: 'apigw-deployment-depends-on-methods',
  category: 'stages',
  severity: 'warn',
  description:
    'An `AWS::ApiGateway::Deployment` that does not depend on every Method of its API may be created before them and deploy without them.',
  awsSource:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-deployment.html',
  apiTypes: ['rest'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    const { resources } = model;
    for (const [id, r] of Object.entries(resources)) {
      if (r?.Type !== 'AWS::ApiGateway::Deployment') continue;
      const apiId = referenced(r.Properties?.RestApiId)?.id;
      if (!apiId) continue;
      const methods = Object.entries(resources)
        .filter(([, m]) => m?.Type === 'AWS::ApiGateway::Method' && referenced(m.Properties?.RestApiId)?.id === apiId)
        .map(([mid]) => mid);
      if (methods.length === 0) continue;
      const reached = new Set<string>();
      const queue = [...dependencies(resources, id)];
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(...dependencies(resources, next));
      }
      const missing = methods.filter((m) => !reached.has(m));
      if (missing.length === 0) continue;
      const at = r.DependsOn === undefined ? ['Resources', id] : ['Resources', id, 'DependsOn'];
      out.push([
        at,
        `Deployment ${id} does not depend on ${missing.length === methods.length ? 'any Method' : `${missing.length} of the ${methods.length} Methods`} of ${apiId} (${missing.join(', ')}): CloudFormation may create it before them, and they are then not deployed. Add them to DependsOn.`,
      ]);
    }
    return out;
  },
};
export default rule;
