import type { ApigwRule } from '../lib/rule.js';
import { isOpaque, quote, ruleFunction } from '../lib/apigw.js';
import { AUTHORIZER_GIVEN, authorizerType } from '../lib/security.js';
import { identitySourceEntries, identitySourceProblem } from '../lib/identity-source.js';

// Syntax per API and authorizer type: DG api-gateway-swagger-extensions-authorizer (identitySource),
// DG http-api-lambda-authorizer ("Identity sources"), DG http-api-jwt-authorizer; BOTO-V1
// CreateAuthorizerRequest.identitySource; BOTO-V2 CreateAuthorizerRequest.IdentitySource.
const rule: ApigwRule = {
  id: 'apigw-authorizer-identity-source',
  category: 'auth',
  severity: 'error',
  description: '`identitySource` must use the mapping-expression syntax of the authorizer type and API type.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html',
  spectral: {
    given: AUTHORIZER_GIVEN,
    then: {
      function: ruleFunction((authorizer, ctx) => {
        const source = authorizer.identitySource;
        if (source === undefined || isOpaque(source, ctx, [...ctx.path, 'identitySource'])) return;
        const type = authorizerType(authorizer);
        if (type === undefined) return;
        const entries = identitySourceEntries(source);
        // An empty identitySource is what exporters (Pulumi, API Gateway itself) write for "not set".
        if (entries?.length === 0) return;
        if (entries === undefined)
          return [
            [
              ['identitySource'],
              `identitySource must be a comma-separated string of mapping expressions, got ${quote(source)}.`,
            ],
          ];
        const problem = identitySourceProblem(entries, type, ctx.flavour);
        if (problem) return [[['identitySource'], problem]];
      }),
    },
  },
};
export default rule;
