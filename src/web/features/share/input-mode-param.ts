/**
 * How the text is read, in a share link: `&in=manifest` or `&in=dump` when the user chose it,
 * left out for `auto` (the default, which decides per object), so that a link opens on the same
 * cluster as the page it was made on.
 */
import type { InputMode } from '../../../model/index.ts';

export const INPUT_MODE_PARAM = 'in';

// Written out rather than imported: this module loads with the page's first chunks, before the model.
const MODES = ['auto', 'manifest', 'dump'] as const satisfies readonly InputMode[];

/** The mode a link asks for; an unknown value (a link from a newer page) opens as `auto`. */
export function readInputMode(value: string | undefined): InputMode {
  return MODES.find((mode) => mode === value) ?? 'auto';
}

/** The parameter to write: none for `auto`. */
export function inputModeParams(mode: InputMode): [string, string][] {
  return mode === 'auto' ? [] : [[INPUT_MODE_PARAM, mode]];
}
