/** The real modules behind gateway.ts, imported together so that they make one chunk. */
export * from '../../../model/gateway/kinds.ts';
export * from '../../../model/gateway/admit.ts';
export * from '../../../model/gateway/notes.ts';
export * from '../../../model/traffic/gateway-path.ts';
