import { lazy, memo, Suspense, useState } from 'react';
import { PLACEHOLDER_CHARACTERS, type ManifestEditorProps } from './editor-props.ts';
import './ManifestEditor.css';

export type { EditorTheme, JumpTarget, LineHighlight, ManifestEditorProps } from './editor-props.ts';

// Monaco is most of the page's weight, and compiling it holds the page's thread for the better part
// of a second: it loads once the first graph is drawn (App.tsx), so the graph shows first.
const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'));

/**
 * The text read-only until Monaco arrives: its beginning, cut only when it is shown (cutting the
 * text the editor just reported copies all of it first, 15-40 ms of a dump's every edit).
 */
function Placeholder({ text }: { readonly text: string }) {
  return (
    <pre className="editor-fallback" aria-busy="true">
      {text.length <= PLACEHOLDER_CHARACTERS ? text : text.slice(0, PLACEHOLDER_CHARACTERS)}
    </pre>
  );
}

interface Props extends ManifestEditorProps {
  /** Whether Monaco may load yet: the page holds it back until the first graph is on screen. */
  readonly load: boolean;
}

/** The manifest text, in Monaco with Kubernetes schemas; until Monaco arrives, the text read-only. */
export const ManifestEditor = memo(function ManifestEditor({ load, ...props }: Props) {
  // Once loaded, Monaco stays: `load` only ever holds back the first import.
  const [loading, setLoading] = useState(load);
  if (load && !loading) setLoading(true);
  const placeholder = <Placeholder text={props.text.text} />;
  return (
    <section className="editor" role="region" aria-label="Manifest editor">
      {loading ? (
        <Suspense fallback={placeholder}>
          <MonacoEditor {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </section>
  );
});
