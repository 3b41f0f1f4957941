import rule from '../../../rules/endpoint/tags.js';
import { oas3 } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const doc = (tags: string) => oas3(`tags:\n${tags}\npaths: {}\n`);
const http = { flavour: 'http' as const };

ruleTester(rule, {
  valid: [
    {
      name: 'ordinary tags',
      code: doc('  - name: team\n    x-amazon-apigateway-tag-value: payments\n  - name: pets'),
      options: http,
    },
    { name: 'REST APIs are not judged', code: doc('  - name: aws:x'), options: { flavour: 'rest' } },
  ],
  invalid: [
    {
      name: 'a reserved aws: key, a long key, a long value',
      code: doc(
        `  - name: aws:owner\n    x-amazon-apigateway-tag-value: me\n  - name: ${'k'.repeat(129)}\n  - name: team\n    x-amazon-apigateway-tag-value: ${'v'.repeat(257)}`,
      ),
      options: http,
      errors: [
        { path: 'tags.0.name', line: 4, message: /starts with "aws:"/ },
        { path: 'tags.1.name', line: 6 },
        { path: 'tags.2.x-amazon-apigateway-tag-value', line: 8 },
      ],
    },
    {
      name: 'more than 50 tags',
      code: doc(Array.from({ length: 51 }, (_, i) => `  - name: t${i}`).join('\n')),
      options: http,
      errors: [{ path: 'tags', line: 3, message: '51 tags; a resource takes at most 50, so the import fails.' }],
    },
  ],
});
