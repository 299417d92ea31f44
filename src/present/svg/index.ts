/** The graph as a standalone SVG document, for `kse render`, export and static embeds. */
export { renderSvg, type RenderSvgOptions } from './render-svg.ts';
export type { SvgTheme } from './theme.ts';
