/** Public surface of the reporting layer. */
export * from '../core/finding.js';
export { formatFindings } from './format.js';
export { exitCodeFor } from './exit-code.js';
export { shouldColor } from './color.js';
export { writeReport } from './output.js';
export { emitReport, type EmitContext } from './emit.js';
export { FORMATS, type FormatName, type FormatOptions, type RuleDescriptor } from './types.js';
