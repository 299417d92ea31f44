/** The real modules behind events.ts, imported together so that they make one chunk. */
export * from '../../../model/events/pod-events.ts';
export * from '../../../model/events/node-events.ts';
export * from '../../../model/events/scale.ts';
