/**
 * Every command, for oclif's explicit command discovery (package.json `oclif.commands`): the bundled
 * CLI has no src/commands directory to scan. test/cli/commands-list.test.ts checks this list
 * against src/commands, so a new command file cannot be forgotten here.
 */
import CanaryPromote from '../commands/canary/promote.js';
import CanaryRollback from '../commands/canary/rollback.js';
import CanarySet from '../commands/canary/set.js';
import CanaryStatus from '../commands/canary/status.js';
import Deploy from '../commands/deploy.js';
import Deployments from '../commands/deployments.js';
import Diff from '../commands/diff.js';
import Lint from '../commands/lint.js';
import Rollback from '../commands/rollback.js';
import Rules from '../commands/rules.js';
import TestTemplate from '../commands/test-template.js';
import Validate from '../commands/validate.js';

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
