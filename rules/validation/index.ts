import type { ApigwRule } from '../lib/rule.js';
import bodyValidationWithoutSchema from './body-validation-without-schema.js';
import methodResponseSchemaObject from './method-response-schema-object.js';
import modelContentType from './model-content-type.js';
import modelName from './model-name.js';
import modelNumberFormat from './model-number-format.js';
import modelUnsupportedKeyword from './model-unsupported-keyword.js';
import requestValidatorUnused from './request-validator-unused.js';

export const validationRules: ApigwRule[] = [
  requestValidatorUnused,
  bodyValidationWithoutSchema,
  modelName,
  modelUnsupportedKeyword,
  modelNumberFormat,
  methodResponseSchemaObject,
  modelContentType,
];
export default validationRules;
