import type { ApigwRule } from '../lib/rule.js';
import integrationTimeoutQuota from './integration-timeout-quota.js';
import integrationTimeout from './integration-timeout.js';

export const timeoutRules: ApigwRule[] = [integrationTimeoutQuota, integrationTimeout];
export default timeoutRules;
