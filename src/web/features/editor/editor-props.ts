import type { EditListener } from './edit-reporter.ts';
import type { Diagnostic } from '../../../model/index.ts';
import type { VersionedText } from '../../store/index.ts';

/** A place in the text, 1-based; `at` tells two jumps to the same place apart. */
export interface JumpTarget {
  readonly line: number;
  readonly column: number;
  readonly at: number;
}

/** Lines to mark, 1-based and inclusive; `at` tells two highlights of the same lines apart. */
export interface LineHighlight {
  readonly startLine: number;
  readonly endLine: number;
  readonly at: number;
}

export type EditorTheme = 'light' | 'dark';

/** How much of the text the read-only placeholder shows until Monaco arrives: laying out a whole dump would hold the page up. */
export const PLACEHOLDER_CHARACTERS = 20_000;

export interface ManifestEditorProps {
  /**
   * The text to show, with its revision: a new revision from outside (an example, a share link)
   * replaces the editor's text, undoably. Compared by reference, never by reading the text.
   */
  readonly text: VersionedText;
  /**
   * Every edit by the user, as the whole text (for a text over a megabyte, after a pause in
   * typing); never called for a change of `text`. `replacedMost`: the edit replaced most of the
   * text at once, as a paste over all of it does; `since`, when the user made its first change.
   */
  readonly onChange: EditListener;
  /** Reveals the place, puts the cursor there and focuses the editor. */
  readonly jumpTo?: JumpTarget;
  /** The model's diagnostics for this text, shown as markers next to the schema's own. */
  readonly diagnostics?: readonly Diagnostic[];
  /** The lines of the object selected in the graph; undefined clears the mark. */
  readonly highlight?: LineHighlight;
  /** The user moved the cursor (click or keys) to this 1-based line. */
  readonly onCursorLine?: (line: number) => void;
  /** Follows `prefers-color-scheme` when undefined. */
  readonly theme?: EditorTheme;
  /** Called once, when Monaco has mounted and takes keys. */
  readonly onReady?: () => void;
}
