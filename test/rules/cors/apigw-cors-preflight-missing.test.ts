import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../rules/cors/cors-preflight-missing.js';
import { corsDoc, PREFLIGHT } from '../../support/fixtures.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import { ruleTester } from '../../support/rule-tester.js';

const API_KEY = `security: [{key: []}]
securityDefinitions:
  key: {type: apiKey, name: x-api-key, in: header}
`;
const withHeader = (name: string) =>
  corsDoc().replace(
    '      responses:\n',
    `      parameters: [{name: ${name}, in: header, type: string}]\n      responses:\n`,
  );

// DG how-to-cors: REST APIs answer a preflight only from an options method the definition models.
// Fetch standard: browsers preflight only requests that are not simple (safelisted methods and headers).
ruleTester(rule, {
  valid: [
    { name: 'a path with a preflight', code: corsDoc({ preflight: PREFLIGHT, extraRoot: API_KEY }) },
    {
      name: 'a path without CORS',
      code: corsDoc({ extraRoot: API_KEY })
        .replace(/            responseParameters:\n.*\n/, '')
        .replace(/          headers:\n.*\n/, ''),
    },
    { name: 'a simple GET (no credentials, no custom header) is never preflighted', code: corsDoc() },
    {
      name: 'an API key in the query string is no header',
      code: corsDoc({ extraRoot: API_KEY.replace('in: header', 'in: query') }),
    },
    { name: 'a safelisted request header', code: withHeader('Accept-Language') },
  ],
  invalid: [
    {
      name: 'a GET sending an API key header without an options method',
      code: corsDoc({ extraRoot: API_KEY }),
      errors: [
        {
          path: 'paths./pets',
          line: 4,
          message: /GET return Access-Control-Allow-Origin but \/pets has no options method/,
        },
      ],
    },
    {
      name: 'a GET with a custom request header',
      code: withHeader('X-Tenant'),
      errors: [{ path: 'paths./pets', line: 4 }],
    },
    {
      name: 'a POST (a JSON body is not safelisted)',
      code: corsDoc().replace('    get:\n', '    post:\n'),
      errors: [{ path: 'paths./pets', line: 4, message: /\(POST here:/ }],
    },
  ],
});

// Real corpus: a public GET-only API with CORS headers and no OPTIONS (nothing a browser preflights).
const ddb = 'aws-samples__serverless-patterns__apigw-ddb-openapi-crud__api.yaml';
test('real corpus: a GET-only public resource is not asked for a preflight', { skip: corpusSkip(ddb) }, async () => {
  assert.deepEqual(await lintCorpus(ddb, ['apigw-cors-preflight-missing']), []);
});
