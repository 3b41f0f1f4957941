import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { VALIDATOR, operations, validatorDefinition, validatorOf } from '../lib/validators.js';
import { methodLabel } from '../lib/security.js';

// DG api-gateway-method-request-validation: body validation checks the payload against the method's
// request model; with no model for the content type there is nothing to check and the body passes.
// GET, HEAD, DELETE and OPTIONS requests carry no body a client would send, so a body validator on
// them (often a validator that also checks parameters) has nothing to miss.
const BODY_METHODS = new Set(['post', 'put', 'patch', 'x-amazon-apigateway-any-method']);

function hasBodySchema(op: any): boolean {
  if (isObject(op.requestBody?.content))
    return Object.values(op.requestBody.content).some((m: any) => isObject(m) && m.schema !== undefined);
  return (
    Array.isArray(op.parameters) &&
    op.parameters.some((p: any) => isObject(p) && p.in === 'body' && p.schema !== undefined)
  );
}

const rule: ApigwRule = {
  id: 'apigw-body-validation-without-schema',
  category: 'validation',
  severity: 'warn',
  description: 'Body validation is on but the operation has no request body schema, so nothing is validated.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        return operations(root).flatMap((op) => {
          const validator = validatorOf(root, op);
          if (!validator) return [];
          const definition = validatorDefinition(root, validator.name);
          if (definition?.validateRequestBody !== true && definition?.validateRequestBody !== 'true') return [];
          if (!BODY_METHODS.has(op.method)) return [];
          if (hasBodySchema(op.operation)) return [];
          return [
            [
              validator.explicit ? [...op.path, VALIDATOR] : op.path,
              `${methodLabel(op.method)} ${op.pathKey} uses validator ${validator.name} (validateRequestBody: true) but declares no request body schema, so any body is accepted. Add a requestBody schema (a model) or use a validator without body validation.`,
            ],
          ];
        });
      }),
    },
  },
};
export default rule;
