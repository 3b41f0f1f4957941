/**
 * Every command, for oclif's explicit command discovery (package.json `oclif.commands`): the bundled
 * CLI has no src/commands directory to scan. test/cli/commands-list.test.ts checks this list
 * against src/commands, so a new command file cannot be forgotten here.
 */
import CanaryPromote from './canary/promote.js';
import CanaryRollback from './canary/rollback.js';
import CanarySet from './canary/set.js';
import CanaryStatus from './canary/status.js';
import Deploy from './deploy.js';
import Deployments from './deployments.js';
import Diff from './diff.js';
import Lint from './lint.js';
import Rollback from './rollback.js';
import Rules from './rules.js';
import TestTemplate from './test-template.js';
import Validate from './validate.js';

/**
 * The bundled CLI's application module (dist/cli/app.cjs) is this one: the process entry below and the
 * command list oclif reads from it (package.json `oclif.commands`), in one file (scripts/bundle.mjs).
 */
export { main } from '../cli/main.js';

export const COMMANDS = {
  'canary:promote': CanaryPromote,
  'canary:rollback': CanaryRollback,
  'canary:set': CanarySet,
  'canary:status': CanaryStatus,
  deploy: Deploy,
  deployments: Deployments,
  diff: Diff,
  lint: Lint,
  rollback: Rollback,
  rules: Rules,
  'test-template': TestTemplate,
  validate: Validate,
};
