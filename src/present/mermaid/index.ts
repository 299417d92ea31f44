/** The graph as Mermaid flowchart text, for Markdown that renders Mermaid. */
export { toMermaid } from './to-mermaid.ts';
