/** Numbers as the SVG prints them: one decimal at most, so the same graph gives the same bytes. */
export { num } from '../graph/path.ts';
