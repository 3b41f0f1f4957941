/**
 * The apigw Spectral ruleset: every rule of every category. `apigw lint` uses it, and plain
 * Spectral users extend the compiled file (dist/rules/ruleset.js), e.g. in .spectral.js:
 *
 *   import apigw from 'apigw/ruleset';
 *   export default { extends: [[apigw, 'recommended']] };
 *
 * The default export is a Spectral ruleset definition; importing this module loads no Spectral code.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import apigwRules from './index.js';
import { toSpectralRule } from './lib/rule.js';

export { setFlavourOverride, setEndpointTypeOverride } from './lib/deprecated-setters.js';

/** Every rule, in category order (the order `apigw rules` prints); registered in rules/index.ts. */
export { apigwRules };

const duplicate = apigwRules.find((rule, i) => apigwRules.findIndex((r) => r.id === rule.id) !== i);
if (duplicate) throw new Error(`duplicate apigw rule id ${duplicate.id}`);

export const ruleset = {
  description: 'Amazon API Gateway rules for OpenAPI definitions with x-amazon-apigateway-* extensions (apigw).',
  documentationUrl: 'https://github.com/apigw-dev/apigw/tree/main/docs/rules',
  rules: Object.fromEntries(apigwRules.map((rule) => [rule.id, toSpectralRule(rule)])),
} as RulesetDefinition;

export default ruleset;
