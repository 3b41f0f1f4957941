/**
 * apigw as a library: the same modules the CLI's commands call. Each is also importable on its
 * own (`apigw/spec`, `apigw/validate`, `apigw/lint`, `apigw/vtl`, `apigw/diff`, `apigw/report`),
 * and the Spectral ruleset is `apigw/ruleset`.
 */
export * from './definition/index.js';
export { runValidation } from './validate/index.js';
export { lintSpec, allRules, settingsFrom, type LintOptions, type LintSettings, type RuleInfo } from './lint/index.js';
export { lintFiles } from './lint/files.js';
export { loadProjectConfig, specFilesFor } from './config/load.js';
export type { ProjectConfig } from './config/types.js';
export * from './report/index.js';
export * from './vtl/index.js';
export * from './diff/index.js';
