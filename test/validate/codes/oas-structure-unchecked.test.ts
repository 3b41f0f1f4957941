import code from '../../../src/validate/codes/oas-structure-unchecked.js';
import { codeTester } from '../../support/code-tester.js';
import { oas3, samApiTemplate } from '../../support/fixtures.js';

// The structure check stops where swagger-parser stops (an openapi version it does not know):
// said once, at the top of the file, so the user knows the document was not checked.
codeTester(code, {
  valid: [
    { name: 'OpenAPI 3.0.4, the last 3.0 release', code: oas3('paths: {}\n', '3.0.4') },
    // API Gateway imports it (deployed aws-samples carry it): checked as 3.0, the short version an oas-schema info.
    { name: "openapi: '3.0', without the patch number", code: oas3('paths: {}\n', "'3.0'") },
  ],
  invalid: [
    {
      name: 'openapi: 3.0.9, a release that does not exist',
      code: oas3('paths: {}\n', "'3.0.9'"),
      errors: [{ path: '', line: 1, message: /could not run: Unsupported OpenAPI version: 3\.0\.9\./ }],
    },
    {
      // In a template the finding sits on the property holding the definition, not at line 1 of the template.
      name: 'the same definition inside a SAM template',
      file: 'template.yaml',
      code: samApiTemplate(oas3('paths: {}\n', '3.0.9')),
      errors: [
        {
          path: 'Resources.Api.Properties.DefinitionBody',
          line: 7,
          message: /could not run: Unsupported OpenAPI version: 3\.0\.9\./,
        },
      ],
    },
  ],
});
