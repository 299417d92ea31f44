/**
 * What kube-apiserver does with an object before validation: whether it serves the kind at all
 * (lookupKind, SERVED_KINDS) and what its strict decoder refuses (strictDecode).
 */
export type { KindInfo } from './kind-info.ts';
export type { KindLookup } from './lookup-kind.ts';
export { lookupKind } from './lookup-kind.ts';
export { SERVED_KINDS } from './served-kinds.ts';
export { decodeObject, describeDecodeFailure, strictDecode, type Decoded } from './strict-decode.ts';
