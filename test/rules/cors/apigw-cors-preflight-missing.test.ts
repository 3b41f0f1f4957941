import rule from '../../../rules/cors/cors-preflight-missing.js';
import { corsDoc, PREFLIGHT } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'a path with a preflight', code: corsDoc({ preflight: PREFLIGHT }) },
    {
      name: 'a path without CORS',
      code: corsDoc()
        .replace(/            responseParameters:\n.*\n/, '')
        .replace(/          headers:\n.*\n/, ''),
    },
  ],
  invalid: [
    {
      name: 'a path returning Allow-Origin without an options method',
      code: corsDoc(),
      errors: [
        {
          path: 'paths./pets',
          line: 4,
          message: /GET return Access-Control-Allow-Origin but \/pets has no options method/,
        },
      ],
    },
  ],
});
