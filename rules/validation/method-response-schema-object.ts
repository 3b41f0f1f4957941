import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { bodySchemas } from '../lib/models.js';

// DG api-gateway-known-issues (REST): method response models must be objects; a primitive schema
// (string, number, integer, boolean) as a JSON response model is not supported (wrap it in a named object).
const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean']);

const rule: ApigwRule = {
  id: 'apigw-method-response-schema-object',
  category: 'validation',
  severity: 'warn',
  description: 'Method response schema is a primitive type; API Gateway response models must be objects.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        return bodySchemas(root)
          .filter(
            (b) =>
              b.role === 'response' &&
              /json/i.test(b.contentType) &&
              b.schema &&
              typeof b.schema === 'object' &&
              !('$ref' in b.schema) &&
              PRIMITIVES.has((b.schema as any).type),
          )
          .map((b) => [
            [...b.path, 'type'],
            `This response schema is type ${(b.schema as any).type}; API Gateway method response models must be objects. Wrap the value in an object schema (e.g. {type: object, properties: {value: {type: ${(b.schema as any).type}}}}).`,
          ]);
      }),
    },
  },
};
export default rule;
