import type { ApigwRule } from '../lib/rule.js';
import cacheHttpApi from './cache-http-api.js';
import cacheKeyParameters from './cache-key-parameters.js';
import cacheNamespaceShared from './cache-namespace-shared.js';

export const cachingRules: ApigwRule[] = [cacheHttpApi, cacheKeyParameters, cacheNamespaceShared];
export default cachingRules;
