import type { ApigwRule } from '../lib/rule.js';
import accessLogVariable from './template-access-log-variable.js';
import contextVariable from './template-context-variable.js';
import foreachUnbounded from './template-foreach-unbounded.js';
import jsonOutput from './template-json-output.js';
import overrideDirection from './template-override-direction.js';
import overrideTwice from './template-override-twice.js';
import size from './template-size.js';
import syntax from './template-syntax.js';

export const templateRules: ApigwRule[] = [
  syntax,
  size,
  contextVariable,
  accessLogVariable,
  jsonOutput,
  foreachUnbounded,
  overrideDirection,
  overrideTwice,
];
export default templateRules;
