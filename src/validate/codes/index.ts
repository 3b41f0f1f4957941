/**
 * Every code `apigw validate` (and the loader) can emit, one file each: the registry entries
 * `apigw rules` lists beside the lint rules. A code emitted anywhere must be listed here
 * (test/rules/registry.test.ts checks the corpus).
 */
import c0 from './oas-schema.js';
import c1 from './oas-spec.js';
import c2 from './oas-schema-intrinsic.js';
import c3 from './oas-structure-unchecked.js';
import c4 from './apigw-openapi-version.js';
import c5 from './apigw-duplicate-key.js';
import c6 from './apigw-ref-remote.js';
import c7 from './apigw-xref-method-parameter.js';
import c8 from './apigw-xref-method-response.js';
import c9 from './apigw-xref-response-header.js';
import c10 from './apigw-xref-security-scheme.js';
import c11 from './apigw-xref-request-validator.js';
import c12 from './apigw-duplicate-operation-id.js';
import c13 from './apigw-path-parameter.js';
import c14 from './apigw-extension-unknown.js';
import c15 from './apigw-extension-placement.js';
import c16 from './apigw-extension-flavour.js';
import c17 from './apigw-extension-schema.js';
import c18 from './apigw-extension-unknown-field.js';
import c19 from './apigw-undecidable.js';
import c20 from './apigw-ref-dangling.js';
import c21 from './apigw-template-definition-unreadable.js';
import c22 from './apigw-template-definition-invalid.js';
import c23 from './apigw-ref-external-file.js';
import c24 from './apigw-ref-outside-root.js';
import c25 from './apigw-ref-circular.js';
import type { CodeInfo } from './types.js';

export type { CodeInfo } from './types.js';

export const validateCodes: CodeInfo[] = [
  c0,
  c1,
  c2,
  c3,
  c4,
  c5,
  c6,
  c7,
  c8,
  c9,
  c10,
  c11,
  c12,
  c13,
  c14,
  c15,
  c16,
  c17,
  c18,
  c19,
  c20,
  c21,
  c22,
  c23,
  c24,
  c25,
];
