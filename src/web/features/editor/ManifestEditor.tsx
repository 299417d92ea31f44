import { lazy, memo, Suspense } from 'react';
import type { ManifestEditorProps } from './editor-props.ts';
import './ManifestEditor.css';

export type { EditorTheme, JumpTarget, LineHighlight, ManifestEditorProps } from './editor-props.ts';

// Monaco is most of the page's weight: it loads after the first paint, so the graph shows first.
const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'));

/** Enough of the text to fill the editor until Monaco arrives: laying out a whole dump would hold the page up. */
const PLACEHOLDER_CHARACTERS = 20_000;
const placeholderOf = (text: string): string => (text.length <= PLACEHOLDER_CHARACTERS ? text : text.slice(0, PLACEHOLDER_CHARACTERS));

/** The manifest text, in Monaco with Kubernetes schemas; until Monaco arrives, the text read-only. */
export const ManifestEditor = memo(function ManifestEditor(props: ManifestEditorProps) {
  return (
    <section className="editor" role="region" aria-label="Manifest editor">
      <Suspense
        fallback={
          <pre className="editor-fallback" aria-busy="true">
            {placeholderOf(props.text)}
          </pre>
        }
      >
        <MonacoEditor {...props} />
      </Suspense>
    </section>
  );
});
