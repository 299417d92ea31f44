/**
 * Past this many boxes the graph creates the elements of the boxes in view only (React Flow's
 * onlyRenderVisibleElements), creating the others as the view reaches them. Each created box
 * listens to React Flow's store, which changes four times at every click on a box (the pane's drag
 * state as the button goes down and again as it comes up, the click's own bookkeeping, then the
 * new selection): over a 1,000-Pod Service drawn whole, a click took 104-168 ms from the input to
 * the next paint, and 40-72 ms with the 300-odd boxes of the screen created. More boxes than that
 * are not read on one screen anyway.
 */
export const ON_SCREEN_ONLY_PAST = 300;
