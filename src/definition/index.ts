export { loadSpec } from './load.js';
export {
  isIntrinsic,
  isOpaque,
  foreignPlaceholders,
  placeholdersIn,
  subString,
  AWS_IMPORT_VARIABLES,
} from './intrinsics.js';
export { parseRef, decodePointer, isRefObject } from './refs.js';
export type * from './types.js';
export { detectFlavour, type Flavour, type FlavourDecision } from './api-type.js';
export { endpointTypeFromDocument, type EndpointType } from './endpoint-type.js';
export {
  OPENAPI_METHODS,
  APIGW_METHODS,
  ANY_METHOD,
  OPERATION_KEYS,
  isOperationKey,
  apigwMethodOf,
  operationsOf,
  pathItemOperations,
  type OperationAt,
} from './methods.js';
