import type { ApigwRule } from '../lib/rule.js';
import { isObject, ruleFunction } from '../lib/apigw.js';
import { isTemplatedPath, segmentsOf } from '../lib/paths.js';

// API Gateway refuses a resource path part that is not letters/digits/`._-` with curly braces only
// at the beginning and end (BadRequestException "Resource's path part only allow a-zA-Z0-9._- and
// curly braces at the beginning and the end"), and a greedy `{name+}` that is not the last part
// (DG api-gateway-method-settings-method-request, "proxy resource"; http-api-develop-routes). Colons
// and `$` are accepted in practice although the message omits them, so literal parts are judged
// against RFC 3986 path characters only: what fails there fails everywhere.
const LITERAL = /^[A-Za-z0-9._~:@!$&'()*+,;=-]+$/;
const VARIABLE_NAME = /^[A-Za-z0-9._-]+$/;

function segmentProblem(
  text: string,
  variable: string | undefined,
  greedy: boolean,
  last: boolean,
): string | undefined {
  if (variable !== undefined) {
    if (!VARIABLE_NAME.test(variable))
      return `path variable "{${variable}${greedy ? '+' : ''}}" must be named with letters, digits, "_", "-" or "."`;
    if (greedy && !last)
      return `greedy path variable "{${variable}+}" must be the last segment of the path; API Gateway rejects a greedy resource with children`;
    return undefined;
  }
  if (text.includes('{') || text.includes('}'))
    return `path segment "${text}" mixes text and a path variable; a variable must be the whole segment ("/{id}", not "/a{id}" or "/{id}.json")`;
  if (!LITERAL.test(text))
    return `path segment "${text}" holds characters API Gateway does not accept in a resource path`;
  return undefined;
}

const rule: ApigwRule = {
  id: 'apigw-path-segment',
  category: 'structure',
  severity: 'error',
  description: 'A path segment is plain text or one whole `{variable}`; a greedy `{name+}` only as the last segment.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateResource.html',
  spectral: {
    given: '$.paths',
    then: {
      function: ruleFunction((paths) => {
        if (!isObject(paths)) return;
        const problems: Array<[string[], string]> = [];
        for (const pathKey of Object.keys(paths)) {
          if (!pathKey.startsWith('/') || isTemplatedPath(pathKey)) continue;
          const segments = segmentsOf(pathKey);
          const found = segments
            .map((s, i) => segmentProblem(s.text, s.variable, s.greedy, i === segments.length - 1))
            .find(Boolean);
          if (found) problems.push([[pathKey], `${pathKey}: ${found}.`]);
        }
        return problems;
      }),
    },
  },
};
export default rule;
