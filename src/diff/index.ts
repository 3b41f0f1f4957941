/** `apigw diff` as a library: normalised model, comparison, classification, sources, formatters. */
export { runDiff, type DiffOptions } from './run.js';
export { compareModels, textDiff } from './compare.js';
export { modelFromOpenApi } from './from-openapi.js';
export { formatDiff, type DiffFormat } from './format.js';
export { exitCodeForDiff, type FailOn } from './exit.js';
export { DIFF_RULES, type Classification, type RuleId } from './rules.js';
export type { Change, DiffResult } from './change.js';
export type * from './model.js';
