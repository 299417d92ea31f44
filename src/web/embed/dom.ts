/** A few lines of DOM building for the embed, which draws without React. */

type Attributes = Readonly<Record<string, string>>;

/** An HTML element with its attributes and children (strings become text, never markup). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/**
 * The SVG document renderSvg wrote, as an element of this page. Read as XML, so nothing in it is
 * taken for HTML; renderSvg escapes every piece of user text and writes no script.
 */
export function parseSvg(text: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (!(root instanceof SVGSVGElement) || parsed.getElementsByTagName('parsererror').length > 0) {
    throw new Error('the drawing is not an SVG document');
  }
  return document.importNode(root, true);
}
