export { loadSpec } from './load.js';
export { isIntrinsic, isOpaque, foreignPlaceholders, placeholdersIn, subString, AWS_IMPORT_VARIABLES } from './intrinsics.js';
export { parseRef, decodePointer, isRefObject } from './refs.js';
export type * from './types.js';
