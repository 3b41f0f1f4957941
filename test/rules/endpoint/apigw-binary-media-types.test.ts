import rule from '../../../rules/endpoint/binary-media-types.js';
import { swagger2 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (types: string) => swagger2(`paths: {}\nx-amazon-apigateway-binary-media-types:\n${types}`);

// DG api-gateway-swagger-extensions-binary-media-types: a list of media types.
ruleTester(rule, {
  valid: [{ name: 'media types with wildcards', code: doc("  - application/octet-stream\n  - image/*\n  - '*/*'\n") }],
  invalid: [
    {
      name: 'SAM-style ~1 escapes and non-media-types',
      code: doc('  - image~1png\n  - pdf\n'),
      errors: [
        {
          path: 'x-amazon-apigateway-binary-media-types.0',
          line: 5,
          message: /write "image\/png"; the ~1 escape belongs to PATCH paths and SAM/,
        },
        { path: 'x-amazon-apigateway-binary-media-types.1', line: 6, message: /"pdf" is not a media type/ },
      ],
    },
  ],
});
