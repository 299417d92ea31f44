import { useEffect, useRef, useState } from 'react';
import { createEditorInstance, setEditorTheme, type EditorInstance, type PartialText } from './editor-instance.ts';
import type { ManifestEditorProps } from './editor-props.ts';
import { LARGE_TEXT_ON } from './large-text.ts';
import type { SliceProgress } from './text-slices.ts';
import { useMediaQuery } from '../../ui/useMediaQuery.ts';

/** Monaco behind ManifestEditor, loaded lazily: one editor per mount, disposed on unmount. */
export default function MonacoEditor({ text, onChange, jumpTo, diagnostics, highlight, onCursorLine, theme, onReady }: ManifestEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const instance = useRef<EditorInstance | null>(null);
  // The text at mount; later texts arrive through setText, so the editor is not rebuilt for them.
  const initialText = useRef(text.text);
  const callbacks = useRef({ onChange, onCursorLine, onReady });
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [large, setLarge] = useState(false);
  const [loading, setLoading] = useState<SliceProgress | undefined>();
  const [partial, setPartial] = useState<PartialText | undefined>();

  useEffect(() => {
    callbacks.current = { onChange, onCursorLine, onReady };
  }, [onChange, onCursorLine, onReady]);

  // Declared first, so it runs before the effects below that drive the instance.
  useEffect(() => {
    if (!host.current) return;
    const created = createEditorInstance(host.current, initialText.current, {
      onChange: (next, replacedMost, since) => callbacks.current.onChange(next, replacedMost, since),
      onLargeText: setLarge,
      onLoading: setLoading,
      onPartial: setPartial,
      onCursorLine: (line) => callbacks.current.onCursorLine?.(line),
    });
    instance.current = created;
    callbacks.current.onReady?.();
    return () => {
      created.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    instance.current?.setText(text.text);
  }, [text]);
  useEffect(() => {
    instance.current?.setDiagnostics(diagnostics ?? []);
  }, [diagnostics]);
  useEffect(() => {
    instance.current?.highlight(highlight);
  }, [highlight]);
  useEffect(() => {
    if (jumpTo) instance.current?.jump(jumpTo);
  }, [jumpTo]);
  useEffect(() => {
    setEditorTheme(theme ?? (prefersDark ? 'dark' : 'light'));
  }, [theme, prefersDark]);

  // `nokey`: React Flow's opt-out. Its pan-on-Space handler would otherwise swallow every space
  // typed here, as Monaco's EditContext element is neither an input nor contenteditable.
  return (
    <>
      {partial ? (
        <p className="editor-note" role="note">
          A text of {megabytes(partial.total)} MB: the editor shows its first {megabytes(partial.shown)} MB, read-only, so the page stays quick. The
          simulator reads all of it, and Find object reaches any object in it. To change it, edit the file and open it again.
        </p>
      ) : large && (
        <p className="editor-note" role="note">
          A manifest over {LARGE_TEXT_ON / 1_000_000} MB: shown as plain text, without YAML colours, hints or folding, so the page stays quick. The
          simulator’s problems are still marked.
        </p>
      )}
      {loading && <LoadingNote progress={loading} />}
      <div ref={host} className="editor-host nokey" aria-busy={loading ? true : undefined} />
    </>
  );
}

const megabytes = (characters: number): string => (characters / 1_000_000).toFixed(1);

/** The large text's way into the editor: it is read-only until all of it is there. */
function LoadingNote({ progress: { loaded, total } }: { progress: SliceProgress }) {
  return (
    <p className="editor-note editor-loading">
      <label>
        Putting the text into the editor: {megabytes(loaded)} of {megabytes(total)} MB{' '}
        <progress value={loaded} max={total} />
      </label>
    </p>
  );
}
