/**
 * The editor's large-text mode, as VS Code has one: past a couple of megabytes (a cluster dump), the
 * YAML tokenizer would colour hundreds of thousands of lines on the page's thread, and monaco-yaml
 * would validate and fold the whole text on every edit. The text is then plain text, without the
 * costly features; the model's own problems are still marked. Hysteresis keeps an edit at the
 * border from switching back and forth.
 */
import type { editor } from 'monaco-editor/editor';
import { sliceEnd } from './text-slices.ts';

/** Characters from which the editor is in large-text mode. */
export const LARGE_TEXT_ON = 2_000_000;
/** Characters under which it leaves it. */
export const LARGE_TEXT_OFF = 1_500_000;

/**
 * Characters from which the editor holds only the text's beginning, read-only. Monaco's cost per
 * slice grows with the lines it already holds: the last slices of a 14 MB dump (520,000 lines)
 * took 50–250 ms each, and a 145 MB dump has ten times the lines.
 */
export const HUGE_TEXT = 32_000_000;
/** How much of a huge text the editor shows, in characters (up to the end of the line). */
export const HUGE_TEXT_SHOWN = 8_000_000;

/** What of `text` the editor holds: all of it, or the beginning of a huge one, ending with a whole line. */
export function shownPart(text: string): string {
  return text.length < HUGE_TEXT ? text : text.slice(0, sliceEnd(text, 0, HUGE_TEXT_SHOWN));
}

export function isLargeText(length: number, wasLarge: boolean): boolean {
  return wasLarge ? length >= LARGE_TEXT_OFF : length >= LARGE_TEXT_ON;
}

export const languageFor = (large: boolean): string => (large ? 'plaintext' : 'yaml');

/** The features that read the whole text on the page's thread, off in large-text mode and back after. */
export function largeTextOptions(large: boolean): editor.IEditorOptions {
  return {
    folding: !large,
    occurrencesHighlight: large ? 'off' : 'singleFile',
    selectionHighlight: !large,
    matchBrackets: large ? 'never' : 'always',
    links: !large,
    quickSuggestions: large ? false : { other: true, comments: false, strings: true },
    // Bracket pairs are parsed for the whole text, and again on every edit (see modelOptionsFor too).
    bracketPairColorization: { enabled: !large },
    guides: { bracketPairs: false, highlightActiveBracketPair: !large },
    // It sends the whole text to Monaco's editor worker: megabytes copied on the page's thread.
    unicodeHighlight: { ambiguousCharacters: !large, invisibleCharacters: !large, nonBasicASCII: large ? false : 'inUntrustedWorkspace' },
    // The examples explain themselves in comments, which must be read whole at any width; a
    // large text's lines are data, and wrapping them all costs Monaco a layout of every line.
    wordWrap: large ? 'off' : 'on',
    wrappingIndent: 'same',
  };
}

/** The model's own side of the mode: colouring brackets is a model option, not only the editor's. */
export function modelOptionsFor(large: boolean): editor.ITextModelUpdateOptions {
  return { bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false } };
}
