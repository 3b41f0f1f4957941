import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction, type Path } from '../lib/apigw.js';
import { walkModels } from '../lib/models.js';

// DG api-gateway-known-issues (REST): models are JSON Schema draft 4 and "discriminator", "example",
// "exclusiveMinimum", "readOnly" and "default" are not supported; the importer drops them, so they
// neither validate nor appear in exports and generated SDKs.
const UNSUPPORTED = ['discriminator', 'example', 'exclusiveMinimum', 'readOnly', 'default'];

const rule: ApigwRule = {
  id: 'apigw-model-unsupported-keyword',
  category: 'validation',
  severity: 'warn',
  description:
    'Model uses a JSON Schema keyword API Gateway models do not support (discriminator, example, exclusiveMinimum, readOnly, default).',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  recommended: true,
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        const problems: Array<[Path, string]> = [];
        const visit = (node: Record<string, any>, path: Path) => {
          for (const key of UNSUPPORTED) {
            if (!(key in node)) continue;
            const why =
              key === 'exclusiveMinimum'
                ? 'use minimum (inclusive) instead'
                : key === 'discriminator'
                  ? 'validation cannot select a subtype by it'
                  : 'it is dropped on import';
            problems.push([
              [...path, key],
              `API Gateway models do not support "${key}" (${why}); remove it or keep it only in documentation outside the model.`,
            ]);
          }
        };
        walkModels(root, visit);
        return problems;
      }),
    },
  },
};
export default rule;
