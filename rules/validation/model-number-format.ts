import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction, type Path } from '../lib/apigw.js';
import { walkModels } from '../lib/models.js';

// DG api-gateway-known-issues (REST): int32/int64 formats on type number, and format decimal, are not
// supported in models (use type integer for whole numbers).
const rule: ApigwRule = {
  id: 'apigw-model-number-format',
  category: 'validation',
  severity: 'warn',
  description:
    'Model uses `format: int32/int64` on `type: number`, or `format: decimal`, which API Gateway does not support.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        const problems: Array<[Path, string]> = [];
        const visit = (node: Record<string, any>, path: Path) => {
          if (node.format === 'decimal')
            problems.push([
              [...path, 'format'],
              'API Gateway models do not support format: decimal; use type: number (or type: string with a pattern for exact decimals).',
            ]);
          else if (node.type === 'number' && (node.format === 'int32' || node.format === 'int64')) {
            problems.push([
              [...path, 'format'],
              `format: ${node.format} is not supported on type: number in API Gateway models; use type: integer for whole numbers, or drop the format.`,
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
