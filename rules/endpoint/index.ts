import type { ApigwRule } from '../lib/rule.js';
import binaryMediaTypes from './binary-media-types.js';
import minimumCompressionSize from './minimum-compression-size.js';
import policyDocument from './policy-document.js';
import policySize from './policy-size.js';
import privateEndpointPolicy from './private-endpoint-policy.js';
import securityPolicy from './security-policy.js';
import vpcEndpointIdsPrivate from './vpc-endpoint-ids-private.js';

export const endpointRules: ApigwRule[] = [
  binaryMediaTypes,
  minimumCompressionSize,
  policyDocument,
  policySize,
  privateEndpointPolicy,
  securityPolicy,
  vpcEndpointIdsPrivate,
];
export default endpointRules;
