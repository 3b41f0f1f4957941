import type { ApigwRule } from '../lib/rule.js';
import cors from './gateway-response-cors.js';
import parameters from './gateway-response-parameters.js';
import requestTooLarge from './gateway-response-request-too-large.js';
import statusCode from './gateway-response-status-code.js';
import templateVtl from './gateway-response-template-vtl.js';
import type_ from './gateway-response-type.js';

export const gatewayResponseRules: ApigwRule[] = [type_, statusCode, parameters, cors, requestTooLarge, templateVtl];
export default gatewayResponseRules;
