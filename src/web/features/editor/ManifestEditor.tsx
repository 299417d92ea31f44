import { memo, useEffect, useRef } from 'react';

/** A place in the text, 1-based; `at` tells two jumps to the same place apart. */
export interface JumpTarget {
  readonly line: number;
  readonly column: number;
  readonly at: number;
}

interface Props {
  readonly text: string;
  readonly onChange: (text: string) => void;
  readonly jumpTo?: JumpTarget;
}

/** The manifest text. A plain text area for now; it keeps every keystroke, broken YAML included. */
export const ManifestEditor = memo(function ManifestEditor({ text, onChange, jumpTo }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = area.current;
    if (!jumpTo || !element) return;
    const lines = element.value.split('\n');
    const offset = lines.slice(0, jumpTo.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + jumpTo.column - 1;
    element.focus();
    element.setSelectionRange(offset, offset);
  }, [jumpTo]);
  return (
    <section className="editor" role="region" aria-label="Manifest editor">
      <textarea ref={area} value={text} spellCheck={false} wrap="off" aria-label="Manifest YAML" onChange={(event) => onChange(event.target.value)} />
    </section>
  );
});
