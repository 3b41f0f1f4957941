import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, ruleFunction } from '../lib/apigw.js';
import { harmlessIgnoredField as harmless } from '../lib/ignored-fields.js';

// Fields one API type has and the other ignores (DG api-gateway-swagger-extensions-integration:
// payloadFormatVersion and integrationSubtype are HTTP-only; requestTemplates, responses,
// passthroughBehavior and contentHandling are REST-only; DG http-api-open-api: unused constructs are Info).
const HTTP_ONLY = ['payloadFormatVersion', 'integrationSubtype'];
const REST_ONLY = [
  'requestTemplates',
  'responses',
  'passthroughBehavior',
  'contentHandling',
  'responseTransferMode',
  'integrationTarget',
];

function message(field: string, value: unknown, other: string, self: string): string {
  if (self === 'REST' && field === 'payloadFormatVersion') {
    return `payloadFormatVersion ${JSON.stringify(value)} is used only by HTTP APIs: a REST Lambda proxy integration always sends payload format 1.0, so a function written for ${String(value)} events gets 1.0 events. Remove it and read the 1.0 event (or pass --api-type if the type was detected wrongly).`;
  }
  return `${field} is used only by ${other} APIs; this ${self} API ignores it. Remove it (or pass --api-type if the type was detected wrongly).`;
}

const rule: ApigwRule = {
  id: 'apigw-integration-field-ignored',
  category: 'integration',
  severity: 'warn',
  description:
    'An integration field that only the other API type uses (e.g. payloadFormatVersion on REST, requestTemplates on HTTP) is ignored.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const [fields, other, self] =
          ctx.flavour === 'rest' ? [HTTP_ONLY, 'HTTP', 'REST'] : [REST_ONLY, 'REST', 'HTTP'];
        return fields
          .filter((field) => field in integration && !harmless(field, integration[field], ctx.flavour))
          .map((field) => [[field], message(field, integration[field], other, self)] as [string[], string]);
      }),
    },
  },
};
export default rule;
