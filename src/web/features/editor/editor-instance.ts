import type { Diagnostic } from '../../../model/index.ts';
import type { EditorTheme, JumpTarget, LineHighlight } from './editor-props.ts';
import { reportEdits } from './edit-reporter.ts';
import { isLargeText, languageFor, largeTextOptions } from './large-text.ts';
import { MARKER_OWNER, toMarkers } from './markers.ts';
import { MODEL_URI, monaco } from './monaco.ts';

/** One mounted editor and its model, driven from the React component's props. */
export interface EditorInstance {
  setText(text: string): void;
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  highlight(lines: LineHighlight | undefined): void;
  jump(target: JumpTarget): void;
  dispose(): void;
}

export interface EditorCallbacks {
  readonly onChange: (text: string, replacedMost: boolean) => void;
  /** The editor entered or left its large-text mode (large-text.ts). */
  readonly onLargeText: (large: boolean) => void;
  readonly onCursorLine: (line: number) => void;
}

const SELECTED_LINES: monaco.editor.IModelDecorationOptions = {
  isWholeLine: true,
  className: 'kse-selected-lines',
  linesDecorationsClassName: 'kse-selected-gutter',
};

/**
 * vs-dark with comments a shade lighter: its #6A9955 on #1E1E1E falls short of WCAG AA's 4.5:1,
 * and the examples explain themselves in comments.
 */
const DARK_THEME = 'kse-dark';
monaco.editor.defineTheme(DARK_THEME, { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '7FB069' }], colors: {} });

export function setEditorTheme(theme: EditorTheme): void {
  monaco.editor.setTheme(theme === 'dark' ? DARK_THEME : 'vs');
}

export function createEditorInstance(host: HTMLElement, text: string, callbacks: EditorCallbacks): EditorInstance {
  let large = isLargeText(text.length, false);
  const model = monaco.editor.createModel(text, languageFor(large), MODEL_URI);
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: 'Manifest YAML',
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    fontSize: 13,
    // Hovers and suggestions may reach past the editor's grid cell.
    fixedOverflowWidgets: true,
    ...largeTextOptions(large),
  });
  callbacks.onLargeText(large);
  const selected = editor.createDecorationsCollection();
  const edits = reportEdits(model, text, callbacks.onChange);
  let cursorLine = 0;
  const switchMode = (now: boolean): void => {
    if (now === large) return;
    large = now;
    monaco.editor.setModelLanguage(model, languageFor(large));
    editor.updateOptions(largeTextOptions(large));
    callbacks.onLargeText(large);
  };
  const listeners = [
    edits,
    model.onDidChangeContent(() => switchMode(isLargeText(model.getValueLength(), large))),
    editor.onDidBlurEditorText(() => edits.flush()),
    editor.onDidChangeCursorPosition((event) => {
      // Jumps, edits and undo move the cursor too; only the user's own moves select in the graph.
      const byUser = event.source === 'mouse' || event.source === 'keyboard';
      if (event.reason !== monaco.editor.CursorChangeReason.Explicit || !byUser) return;
      const line = event.position.lineNumber;
      // Arrows along one line stay on its object; a click re-selects it even on the same line.
      if (event.source === 'keyboard' && line === cursorLine) return;
      cursorLine = line;
      callbacks.onCursorLine(line);
    }),
  ];

  return {
    setText(next) {
      if (next === edits.known) return;
      // Into large-text mode before a large text arrives, not after: with the YAML mode and word
      // wrap on, Monaco would first tokenise and wrap every line of a dump (seconds on the page's thread).
      if (isLargeText(next.length, large)) switchMode(true);
      edits.replaceQuietly(next, () => {
        // A large text is set, not edited in: as one undoable edit, Monaco also kept the whole text it
        // replaced (a 14 MB dump held the page 2–3 s; set, 0.7–1.5 s). The store keeps the user's own
        // text aside, offered back with one click, so undo is not the only way back to it.
        if (large) {
          model.setValue(next);
          return;
        }
        // An edit, not setValue: the user can undo back to the text they had.
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: next }], () => null);
        editor.pushUndoStop();
      });
    },
    setDiagnostics(diagnostics) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics));
    },
    highlight(lines) {
      if (!lines) {
        selected.clear();
        return;
      }
      selected.set([{ range: new monaco.Range(lines.startLine, 1, lines.endLine, 1), options: SELECTED_LINES }]);
      editor.revealLinesInCenterIfOutsideViewport(lines.startLine, lines.endLine, monaco.editor.ScrollType.Smooth);
    },
    jump({ line, column }) {
      const position = model.validatePosition({ lineNumber: line, column });
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    dispose() {
      edits.flush();
      for (const listener of listeners) listener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
