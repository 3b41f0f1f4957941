import type { ApigwRule } from '../lib/rule.js';
import corsHeaderValueQuoted from './cors-header-value-quoted.js';
import corsPreflightHeaders from './cors-preflight-headers.js';
import corsPreflightMethods from './cors-preflight-methods.js';
import corsPreflightMissing from './cors-preflight-missing.js';
import corsProxyHeaders from './cors-proxy-headers.js';
import corsRestExtensionIgnored from './cors-rest-extension-ignored.js';
import corsWildcardCredentials from './cors-wildcard-credentials.js';
import httpCorsConfig from './http-cors-config.js';

export const corsRules: ApigwRule[] = [
  corsHeaderValueQuoted,
  corsPreflightHeaders,
  corsPreflightMethods,
  corsPreflightMissing,
  corsProxyHeaders,
  corsRestExtensionIgnored,
  corsWildcardCredentials,
  httpCorsConfig,
];
export default corsRules;
