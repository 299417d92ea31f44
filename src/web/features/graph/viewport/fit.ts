import type { FitViewOptions } from '@xyflow/react';

/** Small graphs at their natural size (the size the layout measured text for), large ones shrunk to fit. */
export const FIT_VIEW: FitViewOptions = { padding: 0.08, maxZoom: 1.25 };
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;
