/**
 * Box sizes from text widths. The measurer is injected (tldraw does the same): the browser passes a
 * canvas-backed one, the CLI and tests the approximate one, and the layout never touches a DOM.
 */
import type { GraphNodeData, TextMeasurer } from './types.ts';

export const TITLE_FONT_SIZE = 13;
export const LINE_FONT_SIZE = 11;
const PADDING_X = 12;
const PADDING_Y = 8;
const TITLE_HEIGHT = 18;
const LINE_HEIGHT = 15;
const MIN_WIDTH = 120;

/** An estimate for headless use: a monospace-ish advance of 0.62 em, wider for capitals and wide glyphs. */
export const approximateMeasurer: TextMeasurer = (text, fontSize) => {
  let ems = 0;
  for (const char of text) ems += /[A-Z@MWmw→]/.test(char) ? 0.75 : 0.62;
  return Math.ceil(ems * fontSize);
};

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A Pod in the grid of a large slice: a dot coloured by its state; its name and address are in its tooltip. */
export const COMPACT_SIZE: Size = { width: 14, height: 14 };

/** Title, then one line per subtitle entry, then the badges on one line. */
export function measureNode(data: GraphNodeData, measure: TextMeasurer): Size {
  if (data.compact === true) return COMPACT_SIZE;
  const lines = [...data.subtitle, ...(data.badges.length > 0 ? [data.badges.join('  ')] : [])];
  const textWidth = Math.max(measure(data.title, TITLE_FONT_SIZE), ...lines.map((line) => measure(line, LINE_FONT_SIZE)));
  return {
    width: Math.max(MIN_WIDTH, Math.ceil(textWidth) + 2 * PADDING_X),
    height: 2 * PADDING_Y + TITLE_HEIGHT + lines.length * LINE_HEIGHT,
  };
}
