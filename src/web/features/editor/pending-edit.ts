/**
 * An edit the editor holds back: with a very large text, the editor reports changes after a pause
 * rather than on every keystroke. Whoever saves the text calls flushPendingEdit() first when the
 * page is about to be hidden or closed, so the last keystrokes are saved too.
 */
let pending: (() => void) | undefined;

/** The editor registers how to hand over its held-back edit; undefined when it holds none. */
export function holdEdit(flush: (() => void) | undefined): void {
  pending = flush;
}

export function flushPendingEdit(): void {
  const flush = pending;
  pending = undefined;
  flush?.();
}
