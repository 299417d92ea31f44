import type { Diagnostic } from '../../../model/index.ts';
import type { EditorTheme, JumpTarget, LineHighlight } from './editor-props.ts';
import { reportEdits, type EditListener } from './edit-reporter.ts';
import { isLargeText, languageFor, largeTextOptions, modelOptionsFor, shownPart } from './large-text.ts';
import { MARKER_OWNER, toMarkers } from './markers.ts';
import { MODEL_URI, monaco } from './monaco.ts';
import { loadInSlices, type SlicedLoad, type SliceProgress } from './text-slices.ts';

/** One mounted editor and its model, driven from the React component's props. */
export interface EditorInstance {
  setText(text: string): void;
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  highlight(lines: LineHighlight | undefined): void;
  jump(target: JumpTarget): void;
  dispose(): void;
}

export interface EditorCallbacks {
  readonly onChange: EditListener;
  /** The editor entered or left its large-text mode (large-text.ts). */
  readonly onLargeText: (large: boolean) => void;
  /** How far a large text is in its way into the editor; undefined once it is all there. */
  readonly onLoading: (progress: SliceProgress | undefined) => void;
  /** The editor holds only the beginning of a huge text, read-only; undefined when it holds all of it. */
  readonly onPartial: (part: PartialText | undefined) => void;
  readonly onCursorLine: (line: number) => void;
}

export interface PartialText {
  readonly shown: number;
  readonly total: number;
}

/** Monaco's own minimum width of the line numbers, in digits. */
const DEFAULT_LINE_NUMBER_CHARS = 5;

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
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
  // A large text arrives in slices (text-slices.ts), into a model that starts empty.
  const model = monaco.editor.createModel(large ? '' : text, languageFor(large), MODEL_URI);
  model.updateOptions(modelOptionsFor(large));
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
  /** The large text on its way in, and what waits for all of its lines to be there. */
  let loading: SlicedLoad | undefined;
  let waitingDiagnostics: readonly Diagnostic[] | undefined;
  let waitingHighlight: { lines: LineHighlight | undefined } | undefined;
  let waitingJump: JumpTarget | undefined;
  /** A text set from outside is going in: its changes are not the user's. */
  let replacing = false;
  /** The editor holds only the beginning of a huge text. */
  let partial = false;

  const switchMode = (now: boolean): void => {
    if (now === large) return;
    large = now;
    model.updateOptions(modelOptionsFor(large));
    monaco.editor.setModelLanguage(model, languageFor(large));
    editor.updateOptions(largeTextOptions(large));
    callbacks.onLargeText(large);
  };

  function showDiagnostics(diagnostics: readonly Diagnostic[]): void {
    const markers = toMarkers(diagnostics);
    // Of a huge text's problems, those on the lines the editor holds; Problems lists them all.
    const lines = model.getLineCount();
    monaco.editor.setModelMarkers(model, MARKER_OWNER, partial ? markers.filter((marker) => marker.startLineNumber <= lines) : markers);
  }
  function showHighlight(lines: LineHighlight | undefined): void {
    if (!lines) {
      selected.clear();
      return;
    }
    selected.set([{ range: new monaco.Range(lines.startLine, 1, lines.endLine, 1), options: SELECTED_LINES }]);
    editor.revealLinesInCenterIfOutsideViewport(lines.startLine, lines.endLine, monaco.editor.ScrollType.Smooth);
  }
  /**
   * A box chosen in the graph marks its lines once the graph has painted the choice: Monaco's
   * render of the mark and its scroll measures the page's layout, which the graph's change had just
   * made stale, and held the click's frame 20-30 ms (a 1,000-Pod Service's graph).
   */
  let pendingHighlight: { readonly frame: number; timer?: ReturnType<typeof setTimeout> } | undefined;
  function cancelHighlight(): void {
    if (pendingHighlight === undefined) return;
    cancelAnimationFrame(pendingHighlight.frame);
    clearTimeout(pendingHighlight.timer);
    pendingHighlight = undefined;
  }
  function highlightAfterPaint(lines: LineHighlight | undefined): void {
    cancelHighlight();
    // A task queued from the frame's callback runs once that frame is painted.
    const pending: { frame: number; timer?: ReturnType<typeof setTimeout> } = {
      frame: requestAnimationFrame(() => {
        pending.timer = setTimeout(() => {
          pendingHighlight = undefined;
          showHighlight(lines);
        });
      }),
    };
    pendingHighlight = pending;
  }
  function showJump({ line, column }: JumpTarget): void {
    const position = model.validatePosition({ lineNumber: line, column });
    editor.setPosition(position);
    editor.revealPositionInCenterIfOutsideViewport(position);
    editor.focus();
  }

  function stopLoading(): void {
    loading?.cancel();
    loading = undefined;
    waitingDiagnostics = waitingHighlight = waitingJump = undefined;
  }
  /** Appends `whole` to the (empty) model slice by slice; the editor is read-only meanwhile. */
  function loadLarge(whole: string): void {
    const shown = shownPart(whole);
    partial = shown.length < whole.length;
    callbacks.onPartial(partial ? { shown: shown.length, total: whole.length } : undefined);
    editor.updateOptions({
      readOnly: true,
      readOnlyMessage: { value: 'The text is still loading into the editor.' },
      // The gutter as wide as the last line number needs from the start: each time the growing line
      // count gained a digit, Monaco would lay out every line again (a quarter second at 100,000).
      lineNumbersMinChars: Math.max(DEFAULT_LINE_NUMBER_CHARS, String(lineCount(shown)).length),
    });
    const append = (slice: string): void =>
      // Quietly: the store already holds the whole text; these appends are not the user's edits.
      edits.replaceQuietly(whole, () => {
        const end = model.getFullModelRange().getEndPosition();
        model.applyEdits([{ range: monaco.Range.fromPositions(end), text: slice }]);
      });
    loading = loadInSlices(shown, { append }, callbacks.onLoading, () => {
      loading = undefined;
      editor.updateOptions(partial ? { readOnlyMessage: { value: 'This text is too large to edit here: change the file and open it again.' } } : { readOnly: false });
      callbacks.onLoading(undefined);
      // Markers, the selection and a jump name lines that may only now exist.
      if (waitingDiagnostics) showDiagnostics(waitingDiagnostics);
      if (waitingHighlight) showHighlight(waitingHighlight.lines);
      if (waitingJump) showJump(waitingJump);
      waitingDiagnostics = waitingHighlight = waitingJump = undefined;
    });
  }

  const listeners = [
    edits,
    // The user's edits move the mode; a text set from outside has chosen it already, and while slices
    // arrive the growing model would read as a small text.
    model.onDidChangeContent(() => {
      if (!replacing && !loading) switchMode(isLargeText(model.getValueLength(), large));
    }),
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
  if (large) loadLarge(text);

  return {
    setText(next) {
      if (next === edits.known) return;
      stopLoading();
      // The mode follows the new text before it arrives, not after: with the YAML mode and word wrap
      // on, Monaco would first tokenise and wrap every line of a dump (seconds on the page's thread).
      switchMode(isLargeText(next.length, large));
      replacing = true;
      try {
        if (large) {
          // Emptied, then filled in slices. Not as one undoable edit either, or Monaco would also keep
          // the whole text it replaced. The store keeps the user's own text aside, offered back with
          // one click, so undo is not the only way back to it.
          edits.replaceQuietly(next, () => model.setValue(''));
          loadLarge(next);
          return;
        }
        editor.updateOptions({ readOnly: false, lineNumbersMinChars: DEFAULT_LINE_NUMBER_CHARS });
        callbacks.onLoading(undefined);
        partial = false;
        callbacks.onPartial(undefined);
        edits.replaceQuietly(next, () => {
          // An edit, not setValue: the user can undo back to the text they had.
          editor.pushUndoStop();
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: next }], () => null);
          editor.pushUndoStop();
        });
      } finally {
        replacing = false;
      }
    },
    setDiagnostics(diagnostics) {
      if (loading) waitingDiagnostics = diagnostics;
      else showDiagnostics(diagnostics);
    },
    highlight(lines) {
      if (loading) waitingHighlight = { lines };
      else highlightAfterPaint(lines);
    },
    jump(target) {
      if (loading) waitingJump = target;
      else showJump(target);
    },
    dispose() {
      stopLoading();
      cancelHighlight();
      edits.flush();
      for (const listener of listeners) listener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
