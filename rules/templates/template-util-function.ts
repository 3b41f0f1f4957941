import type { IFunctionResult } from '@stoplight/spectral-core';
import type { ApigwRule } from '../lib/rule.js';
import type { Context } from '../lib/apigw.js';
import { TEMPLATE_GIVEN, templateProblemAt, withoutComments } from '../lib/templates.js';

// DG api-gateway-mapping-template-reference, "$util variables": these six are all API Gateway's
// $util offers. Templates copied from AppSync resolvers use AppSync's much larger $util
// ($util.toJson, $util.qr, $util.error, $util.dynamodb...), which API Gateway does not have: the
// call yields null (apigw test-template renders it the same way), so the output is broken.
const KNOWN = ['escapeJavaScript', 'parseJson', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode'];
const APPSYNC = new Set([
  'toJson',
  'qr',
  'error',
  'appendError',
  'isNull',
  'isNullOrEmpty',
  'isNullOrBlank',
  'defaultIfNull',
  'autoId',
  'unauthorized',
  'validate',
  'matches',
  'time',
  'dynamodb',
  'str',
  'list',
  'map',
  'math',
  'transform',
  'http',
  'xml',
]);
const REFERENCE = /\$!?\{?util\.([A-Za-z_][A-Za-z0-9_]*)/g;

function hint(name: string): string {
  const near = KNOWN.find((k) => k.toLowerCase() === name.toLowerCase());
  if (near) return ` Did you mean $util.${near}? (names are case-sensitive)`;
  if (APPSYNC.has(name)) return ` $util.${name} is AppSync's, not API Gateway's.`;
  return '';
}

const rule: ApigwRule = {
  id: 'apigw-template-util-function',
  category: 'templates',
  severity: 'error',
  description: 'Mapping template calls a `$util` function API Gateway does not have; the call yields nothing.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  flavour: 'rest',
  spectral: {
    given: TEMPLATE_GIVEN,
    then: {
      function: (template: unknown, _options: unknown, context: Context): IFunctionResult[] => {
        if (typeof template !== 'string') return [];
        const text = withoutComments(template);
        const problems: IFunctionResult[] = [];
        for (const m of text.matchAll(REFERENCE)) {
          const name = m[1];
          if (KNOWN.includes(name)) continue;
          problems.push(
            templateProblemAt(
              context,
              template,
              text,
              m.index ?? 0,
              `$util.${name} is not an API Gateway $util function (it has ${KNOWN.join(', ')}); the call yields null and the template renders nothing in its place.${hint(name)}`,
            ),
          );
        }
        return problems;
      },
    },
  },
};
export default rule;
