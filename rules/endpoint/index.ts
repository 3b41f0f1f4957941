import type { ApigwRule } from '../lib/rule.js';
import binaryMediaTypes from './binary-media-types.js';
import endpointSecurityPolicy from './endpoint-security-policy.js';
import minimumCompressionSize from './minimum-compression-size.js';
import policyDocument from './policy-document.js';
import policySize from './policy-size.js';
import privateEndpointPolicy from './private-endpoint-policy.js';
import vpcEndpointIdsPrivate from './vpc-endpoint-ids-private.js';

export const endpointRules: ApigwRule[] = [
  binaryMediaTypes,
  endpointSecurityPolicy,
  minimumCompressionSize,
  policyDocument,
  policySize,
  privateEndpointPolicy,
  vpcEndpointIdsPrivate,
];
export default endpointRules;
