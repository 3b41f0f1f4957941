import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { bodySchemas } from '../lib/models.js';

// DG api-gateway-known-issues / api-gateway-export-api (REST): request validation and SDK generation use
// application/json models; exports fail with "Only found non-JSON body models" when models exist for
// other content types only.
const rule: ApigwRule = {
  id: 'apigw-model-content-type',
  category: 'validation',
  severity: 'warn',
  description:
    'Request body schema for a content type other than JSON: API Gateway models validate JSON payloads only.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        return (
          bodySchemas(root)
            // Request bodies only: a response schema for text/html or a binary type documents the payload and harms nothing.
            // `$default` is API Gateway's model key for a request of any content type (DG
            // api-gateway-method-request-validation).
            .filter(
              (b) =>
                b.role === 'request' &&
                !/json/i.test(b.contentType) &&
                b.contentType !== '*/*' &&
                b.contentType !== '$default',
            )
            .filter((b) => isObject(b.schema) && (b.schema.type === 'object' || isObject(b.schema.properties)))
            .map((b) => [
              b.path,
              `Request schema for ${b.contentType}: API Gateway models are JSON Schema for JSON payloads, so request validation cannot check ${b.contentType} bodies against it (and exports fail when every model is non-JSON). Accept application/json for this schema, or validate the payload in the backend.`,
            ])
        );
      }),
    },
  },
};
export default rule;
